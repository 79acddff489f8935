import { LRUCache } from "lru-cache";
import { BURST_TRACKED_CLIENTS } from "../config";

/**
 * Counts one client's counted reports across services in a sliding window, in memory only: the key is
 * already a salted hash, and losing it on restart just resets the window (fails open, never blocks wrongly).
 */
export class BurstLimiter {
  private readonly hits = new LRUCache<number, number[]>({ max: BURST_TRACKED_CLIENTS });

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until this client may report again, or 0 when it may now. */
  checkRetryAfter(key: number, now: number): number {
    const recent = this.prune(key, now);
    if (recent.length < this.limit) return 0;
    return recent[recent.length - this.limit] + this.windowMs - now;
  }

  recordHit(key: number, now: number): void {
    const recent = this.prune(key, now);
    recent.push(now);
    // Only the newest `limit` hits decide anything: a huge limit must not mean a huge list.
    if (recent.length > this.limit) recent.splice(0, recent.length - this.limit);
    this.hits.set(key, recent);
  }

  /** This key's hits still inside the window, oldest first (the same array when none has expired). */
  private prune(key: number, now: number): number[] {
    const list = this.hits.get(key);
    if (!list) return [];
    let first = 0;
    while (first < list.length && list[first] <= now - this.windowMs) first++;
    return first === 0 ? list : list.slice(first);
  }
}
