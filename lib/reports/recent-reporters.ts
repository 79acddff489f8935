import { LRUCache } from "lru-cache";
import type { Db } from "@/db/client";
import { DEDUPE_MEMORY_MAX, REPORT_ID_PER_MS } from "./config";

/**
 * The reporter keys counted within the dedupe window, in memory. Looking each key up in an index on disk cost
 * more than everything else intake does (a random index page written per report); the raw rows stay the durable
 * record, and this memory is rebuilt from them (an id range: ids are time-ordered) after a restart or a failed
 * batch. Beyond DEDUPE_MEMORY_MAX keys in one window the oldest are forgotten: one person could then count twice,
 * but only after a million others have reported in between.
 */
interface Memory {
  keys: LRUCache<string, number>;
}

const memories = new WeakMap<Db, Memory>();

function openMemory(db: Db, windowMs: number, now: number): Memory {
  let memory = memories.get(db);
  if (memory) return memory;
  memory = { keys: new LRUCache<string, number>({ max: DEDUPE_MEMORY_MAX }) };
  const rows = db.$client
    .prepare("SELECT id, reporter FROM reports WHERE id > ? ORDER BY id DESC LIMIT ?")
    .safeIntegers(true)
    .all(BigInt(Math.floor(now - windowMs)) * BigInt(REPORT_ID_PER_MS), DEDUPE_MEMORY_MAX) as { id: bigint; reporter: bigint }[];
  // Oldest first, so the LRU order matches time.
  for (let i = rows.length - 1; i >= 0; i--) memory.keys.set(rows[i].reporter.toString(), Number(rows[i].id / BigInt(REPORT_ID_PER_MS)));
  memories.set(db, memory);
  return memory;
}

const toKey = (reporter: Buffer) => reporter.readBigInt64BE(0).toString();

/** True when this reporter key (which already names the service) was counted after `now - windowMs`. */
export function hasRecentReport(db: Db, reporter: Buffer, now: number, windowMs: number): boolean {
  const at = openMemory(db, windowMs, now).keys.get(toKey(reporter));
  return at !== undefined && at > now - windowMs;
}

/** Remembers a counted report (in the same batch as its insert). */
export function rememberReport(db: Db, reporter: Buffer, now: number, windowMs: number): void {
  openMemory(db, windowMs, now).keys.set(toKey(reporter), now);
}

/** Forgets everything (after a rolled-back batch): the next check rebuilds from what was really committed. */
export function forgetRecentReports(db: Db): void {
  memories.delete(db);
}
