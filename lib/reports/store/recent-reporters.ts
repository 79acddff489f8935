import { LRUCache } from "lru-cache";
import { DEDUPE_MEMORY_MAX, REPORT_ID_PER_MS } from "../config";

/**
 * The reporter keys counted within the dedupe window, in memory (the embedded store's intake). Looking each key up in
 * an index on disk cost more than everything else intake does (a random index page written per report); the raw rows
 * stay the durable record, and this memory is rebuilt from them (an id range: ids are time-ordered) after a restart
 * or a failed batch. Beyond DEDUPE_MEMORY_MAX keys in one window the oldest are forgotten: one person could then
 * count twice, but only after a million others have reported in between.
 */
export class RecentReporters {
  private readonly keys = new LRUCache<string, number>({ max: DEDUPE_MEMORY_MAX });

  /** `rows`: the raw rows of the last window, newest first (id and reporter as 64-bit integers). */
  constructor(rows: readonly { id: bigint; reporter: bigint }[]) {
    // Oldest first, so the LRU order matches time.
    for (let i = rows.length - 1; i >= 0; i--) this.keys.set(rows[i].reporter.toString(), Number(rows[i].id / BigInt(REPORT_ID_PER_MS)));
  }

  /** True when this reporter key (which already names the service) was counted after `now - windowMs`. */
  has(reporter: Buffer, now: number, windowMs: number): boolean {
    const at = this.keys.get(toKey(reporter));
    return at !== undefined && at > now - windowMs;
  }

  remember(reporter: Buffer, now: number): void {
    this.keys.set(toKey(reporter), now);
  }
}

const toKey = (reporter: Buffer) => reporter.readBigInt64BE(0).toString();
