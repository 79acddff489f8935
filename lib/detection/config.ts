/**
 * Every setting of the outage detector, in time units or plain ratios so it behaves the same on 1-minute live
 * buckets and 5-minute backtest buckets. Each says why it has its value; none was fitted to a data set (the
 * benchmark's cross-validation checks that the score does not hinge on them, see README "How outages are detected").
 */
export interface DetectorConfig {
  /**
   * The windows whose report sums are tested: a sharp surge shows within minutes in the first, a steady one in
   * the second (the "N reports in 15 min" readers see), a moderate one that holds in the third.
   */
  BURST_WINDOW_MS: number;
  WINDOW_MS: number;
  LONG_WINDOW_MS: number;
  /**
   * The burst window alone calls an outage only at this many times RATIO_OUTAGE: five minutes of reports scatter by
   * a third around their mean, so a 2-3x news burst can read 4x there; moderate surges are judged over 15 minutes.
   */
  BURST_RATIO_FACTOR: number;
  /**
   * No window test decides on fewer buckets than this: on coarse data (5-minute buckets) a 15-minute window is
   * three buckets and one odd bucket would carry the verdict, so windows stretch and the burst window is off.
   */
  MIN_WINDOW_BUCKETS: number;
  /** Slots of the weekly profile; 168 = one per hour of the week. */
  WEEK_SLOTS: number;
  /** Memory of the weekly profile, in weeks: old weeks fade, a single odd week cannot dominate. */
  WEEK_MEMORY: number;
  /** Memory of the daily profile (used until a weekly slot has a week of data), in days. */
  DAY_MEMORY: number;
  /** Memory of the recent level that scales the profile: follows growth and quiet days within about half a day. */
  LEVEL_MEMORY_MS: number;
  /** Prior pseudo-count for the recent level, in expected reports: a sparse service stays near its profile. */
  LEVEL_PRIOR: number;
  /**
   * Robust learning (Huber-type): a calm bucket teaches the baseline at most this many standard deviations above
   * what was expected, so no single surge, and no run of merely elevated buckets, can drag the usual level up.
   */
  CLIP_SD: number;
  /**
   * How long a bucket above its expectation waits before it teaches the baseline: the long window's length, so a
   * surge that creeps up unflagged for up to an hour has not lifted its own expectation when it is judged (within
   * the hour, the week-hour it falls in would otherwise learn from its own first minutes). A bucket at or below its
   * expectation teaches at once. See learn-baseline.ts.
   */
  LEARN_DELAY_MS: number;
  /** An outage longer than this is taken as a new normal and learning resumes: real outages rarely last a day. */
  LONG_OUTAGE_MS: number;
  /** The same while the baseline still rests on the cold-start prior (under a day of history): a guess yields sooner. */
  LONG_OUTAGE_PRIOR_MS: number;
  /** Memory of the noise model (how much counts scatter around the baseline), in ms. */
  NOISE_MEMORY_MS: number;
  /**
   * The false-alarm rate the evidence threshold is set for: under the noise model, at most one false outage per this
   * many service-weeks (20 weeks = 0.05 a service-week). Services burstier than any count model get a burst bar on
   * top (CALIBRATION_*), so their false-alarm rate stays near this one.
   */
  FALSE_OUTAGE_WEEKS: number;
  /** The same for `possible problems`, which readers may see more often: at most about one a service-week. */
  FALSE_POSSIBLE_WEEKS: number;
  /**
   * Calibration for bursty services (threshold.ts, readBurstBar): for each tested window (5, 15, 60 minutes), each
   * day's CALIBRATION_QUANTILE of its count against the average level (the day's burstiest moment), the median over
   * CALIBRATION_DAYS days, and an outage in that window must rise CALIBRATION_FACTOR times as far. Each window has
   * its own ordinary burst because a spike that fills 5 minutes fills a twelfth of an hour: judged against the
   * 15-minute burst, an hour-long surge was held to a spike's bar and a 5-minute spike to too low a one.
   * Whether a service is bursty at all is decided on the 15-minute window (its bar above RATIO_OUTAGE).
   *
   * CALIBRATION_FACTOR is the one setting chosen from data. On NAB's five tweet series everything from 3.6 to 4.4
   * scores 82.6-84.1 and a window is lost from 4.6; cross-validation (npm run bench:detect, each series held out in turn)
   * picks 4.4 on every set of four. 3.6, not 4.4: on the simulated corpus (npm run bench:sim, development seeds 1-3)
   * a larger factor slows outages on quiet services, whose counting noise reads as burstiness (seed 3's recall holds
   * at 96.1% up to 3.8 and falls to 94.8% at 4.0, under the 95% the corpus must keep); 3.6 keeps one step from that
   * edge, NAB scoring about the same (82.6 at 3.6, 82.8 at 3.8); below 3.6 NAB false alerts grow (3.2: 22 against
   * 14). Ordinary bursts are measured against the twin baseline that learns at once (learn-baseline.ts).
   */
  CALIBRATION_DAYS: number;
  CALIBRATION_QUANTILE: number;
  CALIBRATION_FACTOR: number;
  /**
   * The smallest surge called an outage, as a multiple of the usual level: above the 1.5-3x rises news, a viral
   * post or a busy evening bring, below the 5x and more that even a partial real outage brings.
   */
  RATIO_OUTAGE: number;
  /** The smallest rise called `possible problems`: clearly above usual, but not necessarily an outage. */
  RATIO_POSSIBLE: number;
  /**
   * Distinct reporters needed in a window for an outage. More than the per-network cap (NETWORK_LIMIT, 10): no
   * single office, campus or carrier-grade NAT can make an outage alone. On a service that usually sees about
   * none, this is the whole rule.
   */
  MIN_REPORTS_OUTAGE: number;
  MIN_REPORTS_POSSIBLE: number;
  /** Consecutive buckets the outage test must hold before the status changes: one odd bucket is not an outage … */
  PERSIST_BUCKETS: number;
  /** … unless that minute alone carries this many times the evidence the threshold asks for (a flood of reporters). */
  OVERWHELMING: number;
  /** An outage holds while the last hour is above this multiple of usual … */
  RATIO_EXIT: number;
  /** … and ends only after the level has been back below it this long (merges a surge's aftershocks). */
  COOLDOWN_MS: number;
  /**
   * For this long after an incident ends, a new one needs ECHO_FACTOR times the usual outage ratio: news of an
   * outage sends people to check and report for a day, and that echo is not a second outage.
   */
  ECHO_MS: number;
  ECHO_FACTOR: number;
  /**
   * Cold start: the rate assumed for a service with no history and no better prior (about one report an hour),
   * and how much history that assumption is worth before the service's own reports take over.
   */
  PRIOR_RATE_PER_MIN: number;
  PRIOR_WEIGHT_MS: number;
}

export const DETECTOR_CONFIG: DetectorConfig = {
  BURST_WINDOW_MS: 5 * 60_000,
  WINDOW_MS: 15 * 60_000,
  LONG_WINDOW_MS: 60 * 60_000,
  BURST_RATIO_FACTOR: 1.25,
  MIN_WINDOW_BUCKETS: 4,
  WEEK_SLOTS: 168,
  WEEK_MEMORY: 3,
  DAY_MEMORY: 7,
  LEVEL_MEMORY_MS: 12 * 3_600_000,
  LEVEL_PRIOR: 20,
  CLIP_SD: 3,
  LEARN_DELAY_MS: 60 * 60_000,
  LONG_OUTAGE_MS: 12 * 3_600_000,
  LONG_OUTAGE_PRIOR_MS: 2 * 3_600_000,
  NOISE_MEMORY_MS: 7 * 86_400_000,
  FALSE_OUTAGE_WEEKS: 20,
  FALSE_POSSIBLE_WEEKS: 1,
  CALIBRATION_DAYS: 28,
  CALIBRATION_QUANTILE: 1,
  CALIBRATION_FACTOR: 3.6,
  RATIO_OUTAGE: 4,
  RATIO_POSSIBLE: 1.5,
  MIN_REPORTS_OUTAGE: 11,
  MIN_REPORTS_POSSIBLE: 5,
  PERSIST_BUCKETS: 2,
  OVERWHELMING: 1.5,
  RATIO_EXIT: 1.5,
  COOLDOWN_MS: 3 * 60 * 60_000,
  ECHO_MS: 24 * 60 * 60_000,
  ECHO_FACTOR: 1.5,
  PRIOR_RATE_PER_MIN: 1 / 60,
  PRIOR_WEIGHT_MS: 6 * 3_600_000,
};

/** Days of rollups a new service's detector is warmed up on before its first live verdict. */
export const WARMUP_DAYS = 14;
/** How often the live detector states are saved; after a crash the tick replays at most this much from the rollups. */
export const STATE_SAVE_EVERY_MS = 15 * 60_000;
/** Live detection runs on one-minute buckets. */
export const LIVE_BUCKET_MS = 60_000;
