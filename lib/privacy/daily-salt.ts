import crypto from "node:crypto";
import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { salts } from "@/db/schema";
import { DAY_MS, SALT_BYTES, SALT_KEEP_DAYS } from "./config";

// One cached salt per connection: intake reads it on every report.
const cache = new WeakMap<Db, { day: number; salt: Buffer }>();

/** Today's salt (UTC day of `now`), created on first use of the day. Older salts are deleted then. */
export function readDailySalt({ db, now }: { db: Db; now: number }): Buffer {
  const day = Math.floor(now / DAY_MS);
  const hit = cache.get(db);
  if (hit && hit.day === day) return hit.salt;
  const salt = db.transaction((tx) => {
    const row = tx.select().from(salts).all().find((r) => r.day === day);
    if (row) return row.salt;
    const fresh = crypto.randomBytes(SALT_BYTES);
    tx.insert(salts).values({ day, salt: fresh }).onConflictDoNothing().run();
    return tx.select().from(salts).all().find((r) => r.day === day)!.salt;
  });
  rotateSalts({ db, now });
  cache.set(db, { day, salt });
  return salt;
}

/** Deletes every salt older than yesterday, so yesterday's keys become unlinkable for good. */
export function rotateSalts({ db, now }: { db: Db; now: number }): number {
  const oldestKept = Math.floor(now / DAY_MS) - (SALT_KEEP_DAYS - 1);
  return db.delete(salts).where(lt(salts.day, oldestKept)).run().changes;
}
