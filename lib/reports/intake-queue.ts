import type { Db } from "@/db/client";
import type { IntakeLimits } from "./intake-limits";
import type { IntakeConfig } from "./config";
import { MAX_BATCH_REPORTS } from "./config";
import { resetLastHour } from "./last-hour-counter";
import { forgetRecentReports } from "./recent-reporters";
import { recordReport, type RecordOutcome, type ReportClient } from "./record-report";
import type { ReportInput } from "./schemas";

interface Job {
  input: ReportInput;
  client: ReportClient;
  resolve: (outcome: RecordOutcome) => void;
  reject: (error: unknown) => void;
}

export interface IntakeQueue {
  /** Records a report with the others that arrive in the same turn; resolves once its transaction has committed. */
  submit: (input: ReportInput, client: ReportClient) => Promise<RecordOutcome>;
  /** Commits whatever is waiting now (on shutdown). */
  flush: () => void;
}

/**
 * Group commit: reports that arrive while the event loop is busy are recorded in one transaction, and each
 * caller is answered only after that transaction commits, so an acknowledged report is never lost. One commit
 * per batch instead of per report is what lets one SQLite writer keep up with a surge.
 */
export function createIntakeQueue(deps: { db: Db; config: IntakeConfig; limits: IntakeLimits; clock: () => number }): IntakeQueue {
  const { db, config, limits, clock } = deps;
  let waiting: Job[] = [];
  let scheduled = false;

  const commit = (jobs: Job[]) => {
    const now = clock();
    let outcomes: RecordOutcome[];
    try {
      outcomes = db.$client.transaction(() => jobs.map((j) => recordReport({ db, now, config, limits }, j.input, j.client)))();
    } catch (error) {
      // Nothing of the batch was written: forget the in-memory state it made and fail every caller.
      resetLastHour(db);
      forgetRecentReports(db);
      for (const j of jobs) j.reject(error);
      return;
    }
    jobs.forEach((j, i) => j.resolve(outcomes[i]));
  };

  const flush = () => {
    scheduled = false;
    while (waiting.length) {
      const jobs = waiting.length > MAX_BATCH_REPORTS ? waiting.splice(0, MAX_BATCH_REPORTS) : waiting;
      if (jobs === waiting) waiting = [];
      commit(jobs);
    }
  };

  return {
    submit: (input, client) =>
      new Promise<RecordOutcome>((resolve, reject) => {
        waiting.push({ input, client, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    flush,
  };
}
