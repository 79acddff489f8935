import { REPORT_ID_PER_MS } from "./config";
import type { ReportStore } from "./store/report-store";

/** Raw rows one delete removes: each is short, so intake never waits long behind retention. */
export const PRUNE_BATCH = 5_000;
/** Slices of the intake rules' stored memory pruned per run (each a range of its key). */
export const INTAKE_MEMORY_SLICES = 64;

const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Deletes raw reports past retention in batches (an id range: ids are time-ordered), letting intake run between
 * them; the rollups keep the counts. Returns how many were deleted.
 */
export async function pruneReports({ reports, now, retentionMs, batch = PRUNE_BATCH }: { reports: ReportStore; now: number; retentionMs: number; batch?: number }): Promise<number> {
  const before = (now - retentionMs) * REPORT_ID_PER_MS;
  let total = 0;
  for (;;) {
    const n = await reports.pruneRaw(before, batch);
    total += n;
    if (n < batch) return total;
    await yieldTurn();
  }
}

/** Deletes the intake rules' expired memory where the store keeps it (a shared store), a slice at a time. */
export async function pruneIntakeMemory({ reports, now }: { reports: ReportStore; now: number }): Promise<number> {
  let total = 0;
  for (let slice = 0; slice < INTAKE_MEMORY_SLICES; slice++) {
    total += await reports.pruneIntakeMemory(now, slice, INTAKE_MEMORY_SLICES);
    await yieldTurn();
  }
  return total;
}
