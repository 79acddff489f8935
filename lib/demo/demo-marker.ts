import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meta } from "@/db/schema";

const DEMO_KEY = "demo_until";

/** The time up to which demo history was simulated, or null when this database holds no demo data. */
export function readDemoUntil(db: Db): number | null {
  const row = db.select().from(meta).where(eq(meta.key, DEMO_KEY)).get();
  return row ? Number(row.value) : null;
}

export function writeDemoUntil(db: Db, until: number): void {
  db.insert(meta).values({ key: DEMO_KEY, value: String(until) }).onConflictDoUpdate({ target: meta.key, set: { value: String(until) } }).run();
}
