import type { DetectorConfig } from "./config";

/** Bumped whenever the state's shape or meaning changes. */
export const DETECTOR_STATE_VERSION = 2;

export type Status = "ok" | "possible" | "outage";

/**
 * Everything the detector remembers about one series: a few hundred numbers, JSON-safe, so the live tick
 * can store it per service and advance it one bucket at a time.
 */
export interface DetectorState {
  version: typeof DETECTOR_STATE_VERSION;
  bucketMs: number;
  /** Start of the last bucket fed in, or null before the first. */
  t: number | null;
  /** Mean count per bucket for each hour of the week, and how many buckets taught it (capped by memory). */
  week: number[];
  weekN: number[];
  /** The same per hour of day, used until a weekly slot has seen a week. */
  day: number[];
  dayN: number[];
  /** Mean count per bucket over everything seen (the prior of last resort). */
  mean: number;
  meanN: number;
  /** Recent observed and profile-expected sums (decaying), whose ratio scales the profile. */
  levelObs: number;
  levelExp: number;
  /** Overdispersion of window sums: variance = E + dispersion * E^2. */
  dispersion: number;
  /** The last window's counts and expectations, oldest first. */
  windowObs: number[];
  windowExp: number[];
  status: Status;
  /** Start of the current non-ok episode. */
  since: number | null;
  /** Consecutive buckets meeting the outage test, and the burst test. */
  streak: number;
  burstStreak: number;
  /** When the level fell back below the exit ratio during an outage. */
  calmSince: number | null;
  /** When the last outage ended (its echo period follows), or null. */
  endedAt: number | null;
}

export function createDetectorState(bucketMs: number, config: DetectorConfig): DetectorState {
  const prior = (config.PRIOR_RATE_PER_MIN * bucketMs) / 60_000;
  return {
    version: DETECTOR_STATE_VERSION,
    bucketMs,
    t: null,
    week: new Array(config.WEEK_SLOTS).fill(prior),
    weekN: new Array(config.WEEK_SLOTS).fill(0),
    day: new Array(24).fill(prior),
    dayN: new Array(24).fill(0),
    mean: prior,
    meanN: 0,
    levelObs: 0,
    levelExp: 0,
    dispersion: 0.1,
    windowObs: [],
    windowExp: [],
    status: "ok",
    since: null,
    streak: 0,
    burstStreak: 0,
    calmSince: null,
    endedAt: null,
  };
}
