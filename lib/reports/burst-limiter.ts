import { LRUCache } from "lru-cache";
import { BURST_TRACKED_CLIENTS } from "./config";

/**
 * Counts one client's counted reports across services in a sliding window, in memory only: the key is
 * already a salted hash, and losing it on restart just resets the window (fails open, never blocks wrongly).
 */
export class BurstLimiter {
  private readonly hits = new LRUCache<string, number[]>({ max: BURST_TRACKED_CLIENTS });

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until this client may report again, or 0 when it may now. */
  checkRetryAfter(key: string, now: number): number {
    const recent = this.prune(key, now);
    if (recent.length < this.limit) return 0;
    return recent[recent.length - this.limit] + this.windowMs - now;
  }

  recordHit(key: string, now: number): void {
    const recent = this.prune(key, now);
    recent.push(now);
    this.hits.set(key, recent);
  }

  private prune(key: string, now: number): number[] {
    const list = this.hits.get(key) ?? [];
    const fresh = list.filter((t) => t > now - this.windowMs);
    return fresh;
  }
}
