import type { PgDb } from "@/db/postgres/client";
import { MINUTE_MS } from "../config";
import type { Admission, HistoryCell, IntakeRules, MinuteTotal, PreparedReport, RollupCheck } from "./report-store";
import { SqlReportStore, sumHours } from "./sql-report-store";

const OUTCOMES = ["counted", "duplicate", "rate_limited", "network_limited"] as const;
/** serialization_failure (raised by the intake function) and deadlock_detected: the call wrote nothing. */
const RETRYABLE = new Set(["40001", "40P01"]);
const ADMIT_ATTEMPTS = 5;

/** Moves intake's appended increments into the rollups, in one statement (cells locked sorted, as anywhere else). */
const FOLD = `WITH moved AS (DELETE FROM report_cells RETURNING service_id, minute, problem, country, count),
  minutes AS (
    INSERT INTO report_minutes (service_id, minute, problem, country, count)
    SELECT service_id, minute, problem, country, sum(count) FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (service_id, minute, problem, country) DO UPDATE SET count = report_minutes.count + excluded.count
  )
  INSERT INTO report_hours (service_id, hour, count)
  SELECT service_id, minute / 3600000 * 3600000, sum(count) FROM moved GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (service_id, hour) DO UPDATE SET count = report_hours.count + excluded.count`;

const toKey = (key: Buffer | number) => {
  if (typeof key === "number") throw new Error("a shared store needs stored (HMAC) limit keys");
  return key.readBigInt64BE(0).toString();
};

/**
 * The shared store: any node takes reports, and a batch is one call of the intake function (one round trip), which
 * applies the rules against their memory in the database (intake_keys) and writes the counted reports; batches that
 * share a key wait for each other, the rest run side by side.
 */
export class PostgresReportStore extends SqlReportStore {
  readonly shared = true;
  private folding: Promise<void> | null = null;
  private again: Promise<void> | null = null;

  constructor(private readonly db: PgDb) {
    super(db);
  }

  async admit(batch: readonly PreparedReport[], now: number, rules: IntakeRules): Promise<Admission[]> {
    if (!batch.length) return [];
    // The call fails whole (writing nothing) when another batch remembered one of its new keys first, or on a
    // deadlock between such inserts; run again, it sees that batch's rows. Rare: it takes one key in two batches at once.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.admitOnce(batch, now, rules);
      } catch (error) {
        if (attempt >= ADMIT_ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? "")) throw error;
      }
    }
  }

  private async admitOnce(batch: readonly PreparedReport[], now: number, rules: IntakeRules): Promise<Admission[]> {
    const [row] = await this.db.query<{ outcomes: number[]; retry_ms: number[] }>(
      "downwire_admit_reports",
      "SELECT outcomes, retry_ms FROM downwire_admit_reports($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      [
        now,
        rules.dedupeWindowMs,
        rules.burstLimit,
        rules.burstWindowMs,
        rules.networkLimit,
        rules.networkWindowMs,
        batch.map((r) => r.serviceId),
        batch.map((r) => r.problem),
        batch.map((r) => r.country),
        batch.map((r) => toKey(r.reporter)),
        batch.map((r) => toKey(r.client)),
        batch.map((r) => toKey(r.network)),
      ],
    );
    return row.outcomes.map((code, i): Admission => {
      const outcome = OUTCOMES[code];
      return outcome === "rate_limited" ? { outcome, retryAfterMs: row.retry_ms[i] } : { outcome };
    });
  }

  /** A fold that starts after this call (one that is already running may have missed reports admitted since). */
  settle(): Promise<void> {
    if (!this.folding) {
      this.folding = this.db
        .run(FOLD)
        .then(() => undefined)
        .finally(() => (this.folding = null));
      return this.folding;
    }
    this.again ??= this.folding.catch(() => {}).then(() => {
      this.again = null;
      return this.settle();
    });
    return this.again;
  }

  // Reads of the rollups see every report admitted before them.
  override async readMinuteTotals(serviceIds: readonly number[], after: number, through: number): Promise<MinuteTotal[]> {
    await this.settle();
    return super.readMinuteTotals(serviceIds, after, through);
  }

  override async readBucketCounts(serviceId: number, from: number, to: number, width: number): Promise<Map<number, number>> {
    await this.settle();
    return super.readBucketCounts(serviceId, from, to, width);
  }

  override async readCells(serviceId: number, from: number, to: number, by: "problem" | "country"): Promise<{ k: string; c: number }[]> {
    await this.settle();
    return super.readCells(serviceId, from, to, by);
  }

  override async sumReports(serviceId: number, windows: readonly (readonly [number, number])[]): Promise<number[]> {
    await this.settle();
    return super.sumReports(serviceId, windows);
  }

  override async readVolumeRows(serviceIds: readonly number[], hourFrom: number, minuteFrom: number, quarterFrom: number) {
    await this.settle();
    return super.readVolumeRows(serviceIds, hourFrom, minuteFrom, quarterFrom);
  }

  override async readFirstReportHours(): Promise<Map<number, number>> {
    await this.settle();
    return super.readFirstReportHours();
  }

  override async readSiteTotal(from: number, to: number): Promise<{ count: number; firstHour: number | null }> {
    await this.settle();
    return super.readSiteTotal(from, to);
  }

  override async readHourCounts(serviceIds: readonly number[], from: number, to: number): Promise<{ s: number; h: number; c: number }[]> {
    await this.settle();
    return super.readHourCounts(serviceIds, from, to);
  }

  override async hasHistory(): Promise<boolean> {
    await this.settle();
    return super.hasHistory();
  }

  override async checkRollups(): Promise<RollupCheck> {
    await this.settle();
    return super.checkRollups();
  }

  addHistory(cells: readonly HistoryCell[]): Promise<void> {
    const hours = sumHours(cells);
    // Whole columns as arrays: one short statement however many cells.
    return this.db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO report_minutes (service_id, minute, problem, country, count)
         SELECT * FROM unnest(?::int[], ?::bigint[], ?::text[], ?::text[], ?::int[])
         ON CONFLICT (service_id, minute, problem, country) DO UPDATE SET count = report_minutes.count + excluded.count`,
        [cells.map((c) => c.serviceId), cells.map((c) => Math.floor(c.minute / MINUTE_MS) * MINUTE_MS), cells.map((c) => c.problem), cells.map((c) => c.country), cells.map((c) => c.count)],
      );
      await tx.run(
        `INSERT INTO report_hours (service_id, hour, count) SELECT * FROM unnest(?::int[], ?::bigint[], ?::int[])
         ON CONFLICT (service_id, hour) DO UPDATE SET count = report_hours.count + excluded.count`,
        [hours.map((h) => h.serviceId), hours.map((h) => h.hour), hours.map((h) => h.count)],
      );
    });
  }

  async pruneIntakeMemory(now: number, slice: number, slices: number): Promise<number> {
    // Keys are uniform 64-bit hashes: slice `slice` of `slices` is one range of the primary key.
    const span = 2n ** 64n / BigInt(slices);
    const from = -(2n ** 63n) + span * BigInt(slice);
    const to = slice === slices - 1 ? 2n ** 63n - 1n : from + span - 1n;
    // A range of the primary key is deleted in key order, the order intake batches lock keys in: they never deadlock.
    return this.db.run("DELETE FROM intake_keys WHERE key BETWEEN ? AND ? AND expires_at < ?", [from.toString(), to.toString(), now]);
  }

  protected async checkIntegrity(): Promise<null> {
    return null;
  }
}
