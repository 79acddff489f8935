import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meta } from "@/db/schema";

const TICK_KEY = "detection_tick_at";
/** Health turns "degraded" when the last detection tick is older than this many tick intervals. */
export const STALE_TICKS = 3;

export interface Health {
  status: "ok" | "degraded";
  database: "ok" | "unreachable";
  /** When the last detection tick finished (ISO), and how long ago in seconds. */
  lastTickAt: string | null;
  lastTickAgeSeconds: number | null;
}

/** Records that a detection tick finished at `now` (read back by the health check). */
export function writeTickTime(db: Db, now: number): void {
  db.insert(meta).values({ key: TICK_KEY, value: String(now) }).onConflictDoUpdate({ target: meta.key, set: { value: String(now) } }).run();
}

/** Is the database answering, and is detection keeping up? */
export function readHealth({ db, now, tickMs }: { db: Db; now: number; tickMs: number }): Health {
  let row: { value: string } | undefined;
  try {
    row = db.select({ value: meta.value }).from(meta).where(eq(meta.key, TICK_KEY)).get();
  } catch {
    return { status: "degraded", database: "unreachable", lastTickAt: null, lastTickAgeSeconds: null };
  }
  const at = row ? Number(row.value) : null;
  const age = at === null ? null : Math.max(0, Math.round((now - at) / 1000));
  const fresh = age !== null && age * 1000 <= STALE_TICKS * tickMs;
  return { status: fresh ? "ok" : "degraded", database: "ok", lastTickAt: at === null ? null : new Date(at).toISOString(), lastTickAgeSeconds: age };
}
