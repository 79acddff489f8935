/**
 * When to ask a source again: one interval after a success; after n failures in a row, 2^n intervals (2, 4, 8, …),
 * capped, so a vendor whose page is down (or who rate-limits us) is asked less and less often and recovers at once.
 */
export function nextPollAt({ now, intervalMs, failures, maxBackoffMs }: { now: number; intervalMs: number; failures: number; maxBackoffMs: number }): number {
  if (failures <= 0) return now + intervalMs;
  return now + Math.min(intervalMs * 2 ** Math.min(failures, 20), Math.max(maxBackoffMs, intervalMs));
}
