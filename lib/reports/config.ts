import type { Env } from "@/lib/config/env";

/** Largest request body intake reads; a report is ~100 bytes, anything bigger is not a report. */
export const MAX_BODY_BYTES = 4096;
/** Distinct client keys the burst limiter remembers; beyond that the least recent are forgotten (fails open). */
export const BURST_TRACKED_CLIENTS = 100_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

export interface IntakeConfig {
  /** One counted report per reporter per service within this window. */
  dedupeWindowMs: number;
  /** Counted reports one client may make across all services within burstWindowMs. */
  burstLimit: number;
  burstWindowMs: number;
  /** Counted reports one network (/24 or /48) may make for one service within networkWindowMs. */
  networkLimit: number;
  networkWindowMs: number;
  /** Raw reports older than this are pruned; rollups stay. */
  retentionMs: number;
  /** Proxies in front that append to X-Forwarded-For (TRUST_PROXY); 0 = use the socket address. */
  trustedProxyHops: number;
}

export const DEFAULT_INTAKE_CONFIG: IntakeConfig = {
  dedupeWindowMs: 30 * MINUTE_MS,
  burstLimit: 10,
  burstWindowMs: 10 * MINUTE_MS,
  networkLimit: 10,
  networkWindowMs: 30 * MINUTE_MS,
  retentionMs: 30 * 24 * HOUR_MS,
  trustedProxyHops: 0,
};

export function readIntakeConfig(env: Env): IntakeConfig {
  return {
    dedupeWindowMs: env.DEDUPE_WINDOW_MINUTES * MINUTE_MS,
    burstLimit: env.BURST_LIMIT,
    burstWindowMs: env.BURST_WINDOW_MINUTES * MINUTE_MS,
    networkLimit: env.NETWORK_LIMIT,
    networkWindowMs: env.NETWORK_WINDOW_MINUTES * MINUTE_MS,
    retentionMs: env.REPORT_RETENTION_DAYS * 24 * HOUR_MS,
    trustedProxyHops: env.TRUST_PROXY,
  };
}

/** Report ids are created_at (ms) x this + a sequence: time-ordered, unique up to 1,024 reports per millisecond. */
export const REPORT_ID_PER_MS = 1024;
/** Most reports one group commit holds: bounds how long one transaction keeps the event loop. */
export const MAX_BATCH_REPORTS = 1000;
/** Reporter keys the dedupe memory holds at most (about 100 bytes each); see recent-reporters.ts. */
export const DEDUPE_MEMORY_MAX = 1_000_000;
