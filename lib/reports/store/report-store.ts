import type { SaltStore } from "@/lib/privacy/daily-salt";

/** A report that passed validation, keyed for the intake rules; what a store needs to admit and write it. */
export interface PreparedReport {
  serviceId: number;
  problem: string;
  /** ISO code, or "" when unknown. */
  country: string;
  /** HMAC of (salt, service, address, user agent), 8 bytes: who, for one service, for one day. */
  reporter: Buffer;
  /** The client (address + user agent) across services, and its network for this service: see ReportStore.shared. */
  client: LimitKey;
  network: LimitKey;
}

/** A fast in-memory hash (a number) where the limits live in one process; an 8-byte HMAC where they are stored. */
export type LimitKey = number | Buffer;

/** The rules a batch is admitted under (from IntakeConfig). */
export interface IntakeRules {
  dedupeWindowMs: number;
  burstLimit: number;
  burstWindowMs: number;
  networkLimit: number;
  networkWindowMs: number;
}

export type Admission =
  | { outcome: "counted" }
  | { outcome: "duplicate" }
  | { outcome: "rate_limited"; retryAfterMs: number }
  | { outcome: "network_limited" };

export interface MinuteTotal {
  s: number;
  m: number;
  c: number;
}

export interface RollupCheck {
  /** The database's own integrity check ("ok" when clean; null where the server checks its own pages). */
  integrity: string | null;
  /** (service, minute) and (service, hour) cells where the rollup and the raw rows still kept disagree. */
  minuteMismatches: number;
  hourMismatches: number;
  rawReports: number;
}

/** One rollup cell of history written in bulk (the demo's past, tests). */
export interface HistoryCell {
  serviceId: number;
  minute: number;
  problem: string;
  country: string;
  count: number;
}

/** Raw reports, the per-minute and per-hour rollups, the intake rules' memory, and the daily salts. */
export interface ReportStore extends SaltStore {
  /**
   * True when other nodes write here too: the intake rules' memory then lives in the database (limit keys are
   * stored, so they are HMACs), and counts kept in memory are refreshed from it.
   */
  readonly shared: boolean;
  /**
   * Admits a batch under the intake rules in order (dedupe, then the client's burst limit, then the network cap),
   * writing the counted ones (raw row and both rollups) in one transaction: all of the batch commits, or none.
   */
  admit(batch: readonly PreparedReport[], now: number, rules: IntakeRules): Promise<Admission[]>;
  /**
   * Makes every report admitted so far visible in the rollups. The store's own reads do this first; call it before
   * reading the rollups any other way. (PostgreSQL folds the increments intake appended; SQLite wrote them in place.)
   */
  settle(): Promise<void>;
  /** Reports per minute for these services in (after, through], in (service, minute) order. */
  readMinuteTotals(serviceIds: readonly number[], after: number, through: number): Promise<MinuteTotal[]>;
  /** Reports per bucket start in [from, to), buckets `width` ms wide and aligned to it; empty buckets absent. */
  readBucketCounts(serviceId: number, from: number, to: number, width: number): Promise<Map<number, number>>;
  /** Reports by problem or by country in [from, to). */
  readCells(serviceId: number, from: number, to: number, by: "problem" | "country"): Promise<{ k: string; c: number }[]>;
  /** Total reports in each [from, to) window. */
  sumReports(serviceId: number, windows: readonly (readonly [number, number])[]): Promise<number[]>;
  /** Hourly counts since `hourFrom`, and per service the reports since `minuteFrom` and since `quarterFrom`. */
  readVolumeRows(serviceIds: readonly number[], hourFrom: number, minuteFrom: number, quarterFrom: number): Promise<{
    hours: { s: number; h: number; c: number }[];
    recent: { s: number; c: number; q: number }[];
  }>;
  /** The first hour with any report, per service. */
  readFirstReportHours(): Promise<Map<number, number>>;
  /** All services' reports over the hours in [from, to), and the first of those hours with any (null when none). */
  readSiteTotal(from: number, to: number): Promise<{ count: number; firstHour: number | null }>;
  /** These services' hourly counts in [from, to) (hours without reports absent), in (service, hour) order. */
  readHourCounts(serviceIds: readonly number[], from: number, to: number): Promise<{ s: number; h: number; c: number }[]>;
  /** True when any report (rollup) is stored. */
  hasHistory(): Promise<boolean>;
  /** Adds history straight to the rollups (no raw rows, as for real history past retention). */
  addHistory(cells: readonly HistoryCell[]): Promise<void>;
  /** Deletes up to `limit` raw reports with ids below `beforeId`; returns how many. */
  pruneRaw(beforeId: number, limit: number): Promise<number>;
  /** Deletes the intake rules' expired memory (where it is stored), one slice of it per call; returns how many. */
  pruneIntakeMemory(now: number, slice: number, slices: number): Promise<number>;
  checkRollups(): Promise<RollupCheck>;
}
