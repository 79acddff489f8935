import type { DetectorConfig } from "./config";
import { createDayHistogram } from "./running-quantile";
import { createNoiseModel, type NoiseModel } from "./noise-model";

/** Bumped whenever the state's shape or meaning changes (an older saved state is warmed up afresh). */
export const DETECTOR_STATE_VERSION = 5;

/** How bursty a service is over one window length. */
export interface BurstCalibration {
  /** Each past day's high quantile of the window's count against the average level … */
  days: number[];
  /** … their median (kept, not recomputed every bucket), or null before the first whole day … */
  median: number | null;
  /** … and today's histogram of it so far. */
  day: number | null;
  today: number[];
}

const createBurstCalibration = (): BurstCalibration => ({ days: [], median: null, day: null, today: createDayHistogram() });

export type Status = "ok" | "possible" | "outage";

/** A usual level: mean counts per hour of the week and of the day, the overall average, and the recent level. */
export interface Baseline {
  bucketMs: number;
  /** Mean count per bucket for each hour of the week, and how many buckets taught it (capped by memory). */
  week: number[];
  weekN: number[];
  /** The same per hour of day, used until a weekly slot has seen a week. */
  day: number[];
  dayN: number[];
  /** Mean count per bucket over everything seen (the prior of last resort), and its weight in buckets. */
  mean: number;
  meanN: number;
  /** Recent observed and profile-expected sums (decaying), whose ratio scales the profile. */
  levelObs: number;
  levelExp: number;
}

/**
 * Everything the detector remembers about one series: a few hundred numbers, JSON-safe, so the live tick
 * can store it per service and advance it one bucket at a time. Its own Baseline fields are the usual level that
 * surges are judged against (it learns a rising bucket an hour late, learn-baseline.ts says why).
 */
export interface DetectorState extends Baseline {
  version: typeof DETECTOR_STATE_VERSION;
  /** Start of the last bucket fed in, or null before the first. */
  t: number | null;
  /** Buckets of the service's own data seen (the prior's pseudo-buckets not included). */
  seen: number;
  /** How counts scatter around the baseline, per tested window (burst, short, long). */
  noise: NoiseModel[];
  /** The last window's counts and expectations, oldest first. */
  windowObs: number[];
  windowExp: number[];
  /** How bursty the service is, per tested window (burst, short, long). */
  bursts: BurstCalibration[];
  status: Status;
  /** Start of the current non-ok episode. */
  since: number | null;
  /** Consecutive buckets meeting the outage test. */
  streak: number;
  /** When the level fell back below the exit ratio during an outage. */
  calmSince: number | null;
  /** When the last outage ended (its echo period follows), or null. */
  endedAt: number | null;
  /** Buckets above their expectation not yet taught to the baseline, oldest first: [bucket start, count, calm]. */
  pending: [number, number, boolean][];
  /** A twin of the baseline that learns every bucket at once: what ordinary bursts are measured against. */
  prompt: Baseline;
  /** The twin's expectation for each bucket of the last window, oldest first. */
  windowExpPrompt: number[];
}

/**
 * A fresh state. With no history the baseline is the prior: `priorRatePerMin` (from the catalog and the site's
 * own traffic, see cold-start-prior.ts) or the config's floor, worth PRIOR_WEIGHT_MS of history.
 */
export function createDetectorState(bucketMs: number, config: DetectorConfig, priorRatePerMin = config.PRIOR_RATE_PER_MIN): DetectorState {
  const prior = (Math.max(config.PRIOR_RATE_PER_MIN, priorRatePerMin) * bucketMs) / 60_000;
  const baseline = (): Baseline => ({
    bucketMs,
    week: new Array(config.WEEK_SLOTS).fill(prior),
    weekN: new Array(config.WEEK_SLOTS).fill(0),
    day: new Array(24).fill(prior),
    dayN: new Array(24).fill(0),
    mean: prior,
    meanN: Math.max(1, Math.round(config.PRIOR_WEIGHT_MS / bucketMs)),
    levelObs: 0,
    levelExp: 0,
  });
  return {
    version: DETECTOR_STATE_VERSION,
    ...baseline(),
    t: null,
    seen: 0,
    noise: [createNoiseModel(), createNoiseModel(), createNoiseModel()],
    windowObs: [],
    windowExp: [],
    bursts: [createBurstCalibration(), createBurstCalibration(), createBurstCalibration()],
    status: "ok",
    since: null,
    streak: 0,
    calmSince: null,
    endedAt: null,
    pending: [],
    prompt: baseline(),
    windowExpPrompt: [],
  };
}
