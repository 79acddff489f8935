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
 * Group commit: reports that arrive while a batch is being written wait and go together in the next one, and each
 * caller is answered only after its batch commits, so an acknowledged report is never lost. One batch in flight at a
 * time: the busier intake is, the bigger the batches, and a surge costs one commit (on PostgreSQL, one round trip)
 * per batch instead of per report.
 */
export function createIntakeQueue(deps: Omit<RecordDeps, "now"> & { clock: () => number }): IntakeQueue {
  const { clock, ...rest } = deps;
  let waiting: Job[] = [];
  let running: Promise<void> | null = null;
  let scheduled = false;

  const commit = async (jobs: Job[]) => {
    try {
      const outcomes = await recordReports({ ...rest, now: clock() }, jobs);
      jobs.forEach((j, i) => j.resolve(outcomes[i]));
    } catch (error) {
      // Nothing of the batch was written: every caller may retry.
      for (const j of jobs) j.reject(error);
    }
  };

  const flush = async () => {
    scheduled = false;
    while (waiting.length) {
      const jobs = waiting.length > MAX_BATCH_REPORTS ? waiting.splice(0, MAX_BATCH_REPORTS) : waiting;
      if (jobs === waiting) waiting = [];
      await commit(jobs);
    }
  };

  const kick = () => {
    if (running || scheduled) return;
    scheduled = true;
    // Wait one turn of the event loop, so the reports already read from sockets join this batch.
    setImmediate(() => {
      running = flush().finally(() => {
        running = null;
        if (waiting.length) kick();
      });
    });
  };

  return {
    submit: (input, client) =>
      new Promise<RecordOutcome>((resolve, reject) => {
        waiting.push({ input, client, resolve, reject });
        kick();
      }),
    drain: async () => {
      while (running || scheduled || waiting.length) {
        if (running) await running;
        else await new Promise((r) => setImmediate(r));
      }
    },
  };
}
