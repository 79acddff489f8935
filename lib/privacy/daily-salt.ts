import crypto from "node:crypto";
import { DAY_MS, SALT_BYTES, SALT_KEEP_DAYS } from "./config";

/** Where the daily salts live (the report store): shared by every node, so a reporter has one key on all of them. */
export interface SaltStore {
  readSalt(day: number): Promise<Buffer | null>;
  /** Stores a salt unless the day already has one (another node may have made it first). */
  insertSalt(day: number, salt: Buffer): Promise<void>;
  deleteSaltsBefore(day: number): Promise<number>;
}

// One cached salt per store: intake reads it for every batch.
const cache = new WeakMap<SaltStore, { day: number; salt: Buffer }>();

/** Today's salt (UTC day of `now`), created on first use of the day; older salts are deleted then. */
export async function readDailySalt({ salts, now }: { salts: SaltStore; now: number }): Promise<Buffer> {
  const day = Math.floor(now / DAY_MS);
  const hit = cache.get(salts);
  if (hit && hit.day === day) return hit.salt;
  let salt = await salts.readSalt(day);
  if (!salt) {
    await salts.insertSalt(day, crypto.randomBytes(SALT_BYTES));
    salt = (await salts.readSalt(day))!;
    await rotateSalts({ salts, now });
  }
  cache.set(salts, { day, salt });
  return salt;
}

/** Deletes every salt older than yesterday, so yesterday's keys become unlinkable for good. */
export function rotateSalts({ salts, now }: { salts: SaltStore; now: number }): Promise<number> {
  return salts.deleteSaltsBefore(Math.floor(now / DAY_MS) - (SALT_KEEP_DAYS - 1));
}
