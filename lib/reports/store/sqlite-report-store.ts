import { checkSqliteIntegrity, type SqliteDb } from "@/db/sqlite/client";
import { HOUR_MS, MINUTE_MS, REPORT_ID_PER_MS, DEDUPE_MEMORY_MAX } from "../config";
import { BurstLimiter } from "./burst-limiter";
import { RecentReporters } from "./recent-reporters";
import type { Admission, HistoryCell, IntakeRules, PreparedReport } from "./report-store";
import { SqlReportStore, sumHours } from "./sql-report-store";

const INSERT_REPORT = "INSERT INTO reports (id, service_id, reporter) VALUES (?, ?, ?)";
const BUMP_MINUTE =
  "INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, ?, ?, 1) ON CONFLICT (service_id, minute, problem, country) DO UPDATE SET count = count + 1";
const BUMP_HOUR = "INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, 1) ON CONFLICT (service_id, hour) DO UPDATE SET count = count + 1";

interface Limits {
  rules: IntakeRules;
  client: BurstLimiter;
  network: BurstLimiter;
}

/**
 * The embedded store: one process owns the file, so the intake rules' memory (recent reporters, the burst and network
 * limits) lives in this process, keyed by salted hashes, and a batch is one synchronous transaction: a surge costs
 * one commit per batch and no round trip at all.
 */
export class SqliteReportStore extends SqlReportStore {
  readonly shared = false;
  private recent: RecentReporters | null = null;
  private limits: Limits | null = null;
  /** Last report id handed out: ids only grow, even if the clock steps back. */
  private lastId: number | null = null;

  constructor(private readonly db: SqliteDb) {
    super(db);
  }

  async admit(batch: readonly PreparedReport[], now: number, rules: IntakeRules): Promise<Admission[]> {
    await this.db.whenIdle();
    const recent = this.openRecent(now, rules.dedupeWindowMs);
    const limits = this.openLimits(rules);
    try {
      return this.db.writeSync(() => batch.map((r) => this.admitOne(r, now, rules, recent, limits)));
    } catch (error) {
      // Nothing of the batch was written: forget what memory it made; the next batch rebuilds from what committed.
      this.recent = null;
      this.lastId = null;
      throw error;
    }
  }

  private admitOne(r: PreparedReport, now: number, rules: IntakeRules, recent: RecentReporters, limits: Limits): Admission {
    if (recent.has(r.reporter, now, rules.dedupeWindowMs)) return { outcome: "duplicate" };
    const client = r.client as number;
    const network = r.network as number;
    const waitMs = limits.client.checkRetryAfter(client, now);
    if (waitMs > 0) return { outcome: "rate_limited", retryAfterMs: waitMs };
    if (limits.network.checkRetryAfter(network, now) > 0) return { outcome: "network_limited" };
    recent.remember(r.reporter, now);
    const id = Math.max((this.lastId ?? this.readLastId()) + 1, now * REPORT_ID_PER_MS);
    // The rollups use the time the id encodes (a few ms later than now in a burst of over 1,024 a ms), so raw rows
    // and rollups always agree minute by minute.
    const at = Math.floor(id / REPORT_ID_PER_MS);
    this.db.prepare(INSERT_REPORT).run(id, r.serviceId, r.reporter.readBigInt64BE(0));
    this.db.prepare(BUMP_MINUTE).run(r.serviceId, Math.floor(at / MINUTE_MS) * MINUTE_MS, r.problem, r.country);
    this.db.prepare(BUMP_HOUR).run(r.serviceId, Math.floor(at / HOUR_MS) * HOUR_MS);
    this.lastId = id;
    limits.client.recordHit(client, now);
    limits.network.recordHit(network, now);
    return { outcome: "counted" };
  }

  private readLastId(): number {
    return (this.db.prepare("SELECT COALESCE(MAX(id), 0) AS id FROM reports").get() as { id: number }).id;
  }

  private openRecent(now: number, windowMs: number): RecentReporters {
    if (this.recent) return this.recent;
    const rows = this.db
      .prepare("SELECT id, reporter FROM reports WHERE id > ? ORDER BY id DESC LIMIT ?")
      .safeIntegers(true)
      .all(BigInt(Math.floor(now - windowMs)) * BigInt(REPORT_ID_PER_MS), DEDUPE_MEMORY_MAX) as { id: bigint; reporter: bigint }[];
    return (this.recent = new RecentReporters(rows));
  }

  private openLimits(rules: IntakeRules): Limits {
    const l = this.limits;
    if (l && l.rules.burstLimit === rules.burstLimit && l.rules.burstWindowMs === rules.burstWindowMs && l.rules.networkLimit === rules.networkLimit && l.rules.networkWindowMs === rules.networkWindowMs) return l;
    // Limit counters are memory only: losing them (new rules, a restart) just resets the windows (fails open).
    return (this.limits = { rules, client: new BurstLimiter(rules.burstLimit, rules.burstWindowMs), network: new BurstLimiter(rules.networkLimit, rules.networkWindowMs) });
  }

  async addHistory(cells: readonly HistoryCell[]): Promise<void> {
    await this.db.whenIdle();
    const minute = this.db.prepare(
      "INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (service_id, minute, problem, country) DO UPDATE SET count = count + excluded.count",
    );
    const hour = this.db.prepare("INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, ?) ON CONFLICT (service_id, hour) DO UPDATE SET count = count + excluded.count");
    this.db.writeSync(() => {
      for (const c of cells) minute.run(c.serviceId, Math.floor(c.minute / MINUTE_MS) * MINUTE_MS, c.problem, c.country, c.count);
      for (const h of sumHours(cells)) hour.run(h.serviceId, h.hour, h.count);
    });
  }

  async settle(): Promise<void> {}

  async pruneIntakeMemory(): Promise<number> {
    return 0;
  }

  protected async checkIntegrity(): Promise<string> {
    return checkSqliteIntegrity(this.db);
  }
}
