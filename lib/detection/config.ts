/**
 * Every tunable of the outage detector, in time units or plain ratios so it behaves the same for 1-minute
 * live buckets and 5-minute backtest buckets. Values follow from what a reader should see, not from one data set.
 */
export interface DetectorConfig {
  /** Width of the burst window: a sharp surge shows within minutes here … */
  BURST_WINDOW_MS: number;
  /** … but only counts once it holds for this many consecutive buckets (one odd bucket is noise). */
  BURST_PERSIST_BUCKETS: number;
  /** Width of the short window whose report sum is tested (and reported as "N reports in 15 min"). */
  WINDOW_MS: number;
  /**
   * No window test decides on fewer buckets than this: on coarse data (5-minute buckets) a 15-minute window is
   * three buckets and one odd bucket would carry the verdict, so the short window stretches and the burst test is off.
   */
  MIN_WINDOW_BUCKETS: number;
  /** Width of the long window: catches a moderate surge that holds, and steadies the verdict. */
  LONG_WINDOW_MS: number;
  /** Slots of the weekly profile; 168 = one per hour of the week. */
  WEEK_SLOTS: number;
  /** Memory of the weekly profile, in weeks: old weeks fade, a single odd week cannot dominate. */
  WEEK_MEMORY: number;
  /** Memory of the daily profile (used until a weekly slot has a week of data), in days. */
  DAY_MEMORY: number;
  /** Memory of the recent level that scales the profile, in ms: follows growth and quiet days. */
  LEVEL_MEMORY_MS: number;
  /** Prior pseudo-count for the recent level, in expected reports: sparse services stay near their profile. */
  LEVEL_PRIOR: number;
  /**
   * Learning clips a bucket at CLIP_RATIO x expected plus CLIP_ABS reports per hour of bucket width (and never
   * below one report, so a sparse service's single reports still teach), so a surge cannot teach the baseline.
   */
  CLIP_RATIO: number;
  CLIP_ABS: number;
  /** A baseline younger than this learns from every bucket: it cannot yet tell an outage from normal. */
  YOUNG_MS: number;
  /** An outage longer than this is treated as a new normal and learning resumes. */
  LONG_OUTAGE_MS: number;
  /** Expected counts never fall below this share of the all-day mean: a quiet night must not turn a few reports into a 50x surge. */
  FLOOR_SHARE: number;
  /** Rate assumed for a service with no history at all, reports per minute. */
  PRIOR_RATE_PER_MIN: number;
  /** Memory of the overdispersion estimate, in ms. */
  DISPERSION_MEMORY_MS: number;
  /** Floor of the overdispersion (variance = mean + phi * mean^2): counts are never calmer than Poisson. */
  MIN_DISPERSION: number;
  /** Tail probability below which a window is an outage / possibly elevated. */
  P_OUTAGE: number;
  P_POSSIBLE: number;
  /** Observed/expected ratio needed as well: a tiny but significant rise on a huge service is not an outage. */
  RATIO_OUTAGE: number;
  RATIO_OUTAGE_LONG: number;
  RATIO_OUTAGE_BURST: number;
  RATIO_POSSIBLE: number;
  /** Minimum reports in the window (each is a distinct reporter): a handful of friends is not an outage. */
  MIN_REPORTS_OUTAGE: number;
  MIN_REPORTS_POSSIBLE: number;
  /** How long the outage test must hold before the status changes: one odd minute is not an outage. */
  PERSIST_MS: number;
  /** An outage holds while the ratio stays above this … */
  RATIO_EXIT: number;
  /** … and ends only after the level has been back below it this long (merges a surge's aftershocks). */
  COOLDOWN_MS: number;
  /**
   * For this long after an incident ends, a new one needs ECHO_FACTOR times the usual outage ratios: news of an
   * outage sends people to check and report for a day, and that echo is not a second outage.
   */
  ECHO_MS: number;
  ECHO_FACTOR: number;
}

export const DETECTOR_CONFIG: DetectorConfig = {
  BURST_WINDOW_MS: 5 * 60_000,
  BURST_PERSIST_BUCKETS: 2,
  WINDOW_MS: 15 * 60_000,
  MIN_WINDOW_BUCKETS: 4,
  LONG_WINDOW_MS: 60 * 60_000,
  WEEK_SLOTS: 168,
  WEEK_MEMORY: 3,
  DAY_MEMORY: 7,
  LEVEL_MEMORY_MS: 12 * 3_600_000,
  LEVEL_PRIOR: 20,
  CLIP_RATIO: 2,
  CLIP_ABS: 6,
  YOUNG_MS: 24 * 3_600_000,
  LONG_OUTAGE_MS: 12 * 3_600_000,
  FLOOR_SHARE: 1,
  PRIOR_RATE_PER_MIN: 0.02,
  DISPERSION_MEMORY_MS: 3 * 86_400_000,
  MIN_DISPERSION: 0.01,
  P_OUTAGE: 1e-6,
  P_POSSIBLE: 1e-3,
  RATIO_OUTAGE: 10,
  RATIO_OUTAGE_LONG: 5,
  RATIO_OUTAGE_BURST: 10,
  RATIO_POSSIBLE: 1.6,
  MIN_REPORTS_OUTAGE: 10,
  MIN_REPORTS_POSSIBLE: 5,
  PERSIST_MS: 2 * 60_000,
  RATIO_EXIT: 1.5,
  COOLDOWN_MS: 3 * 60 * 60_000,
  ECHO_MS: 24 * 60 * 60_000,
  ECHO_FACTOR: 2,
};

/** Days of rollups a new service's detector is warmed up on before its first live verdict. */
export const WARMUP_DAYS = 14;
/** How often the live detector states are saved; after a crash the tick replays at most this much from the rollups. */
export const STATE_SAVE_EVERY_MS = 15 * 60_000;
/** Live detection runs on one-minute buckets. */
export const LIVE_BUCKET_MS = 60_000;
