import { MAX_BATCH_REPORTS } from "./config";
import { recordReports, type RecordDeps, type RecordOutcome, type ReportClient, type ReportRequest } from "./record-report";
import type { ReportInput } from "./schemas";

interface Job extends ReportRequest {
  resolve: (outcome: RecordOutcome) => void;
  reject: (error: unknown) => void;
}

export interface IntakeQueue {
  /** Records a report with the others that arrive meanwhile; resolves once its transaction has committed. */
  submit: (input: ReportInput, client: ReportClient) => Promise<RecordOutcome>;
  /** Resolves once everything submitted so far has been answered (on shutdown). */
  drain: () => Promise<void>;
}

/**
 * Batches written at once: one on SQLite (a synchronous transaction leaves nothing to overlap), two on a shared
 * database, where a batch waits on the network and the server's commit while the next one is already on its way.
 */
export const BATCHES_IN_FLIGHT = { embedded: 1, shared: 2 } as const;

/**
 * Group commit: reports that arrive while a batch is being written wait and go together in the next one, and each
 * caller is answered only after its batch commits, so an acknowledged report is never lost. The busier intake is,
 * the bigger the batches: a surge costs one commit (on PostgreSQL, one round trip) per batch instead of per report.
 */
export function createIntakeQueue(deps: Omit<RecordDeps, "now"> & { clock: () => number }): IntakeQueue {
  const { clock, ...rest } = deps;
  const limit = rest.reports.shared ? BATCHES_IN_FLIGHT.shared : BATCHES_IN_FLIGHT.embedded;
  let waiting: Job[] = [];
  let inFlight = 0;
  let scheduled = false;
  const idle: (() => void)[] = [];

  const commit = async (jobs: Job[]) => {
    try {
      const outcomes = await recordReports({ ...rest, now: clock() }, jobs);
      jobs.forEach((j, i) => j.resolve(outcomes[i]));
    } catch (error) {
      // Nothing of the batch was written: every caller may retry.
      for (const j of jobs) j.reject(error);
    }
  };

  const flush = () => {
    scheduled = false;
    while (inFlight < limit && waiting.length) {
      const jobs = waiting.length > MAX_BATCH_REPORTS ? waiting.splice(0, MAX_BATCH_REPORTS) : waiting;
      if (jobs === waiting) waiting = [];
      inFlight++;
      void commit(jobs).finally(() => {
        inFlight--;
        if (waiting.length) kick();
        else if (inFlight === 0) idle.splice(0).forEach((done) => done());
      });
    }
  };

  const kick = () => {
    if (scheduled || inFlight >= limit) return;
    scheduled = true;
    // Wait one turn of the event loop, so the reports already read from sockets join this batch.
    setImmediate(flush);
  };

  return {
    submit: (input, client) =>
      new Promise<RecordOutcome>((resolve, reject) => {
        waiting.push({ input, client, resolve, reject });
        kick();
      }),
    drain: () => (inFlight === 0 && !waiting.length && !scheduled ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve))),
  };
}
