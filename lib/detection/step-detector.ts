import type { DetectorConfig } from "./config";
import { computeTailProbability } from "./count-tail";
import type { DetectorState, Status } from "./detector-state";
import { readProfile, updateProfile } from "./seasonal-profile";

/** One bucket's verdict, with the numbers that explain it. */
export interface Verdict {
  /** Bucket start, ms UTC. */
  t: number;
  /** Reports in the evaluation window ending with this bucket, and how many were expected. */
  observed: number;
  expected: number;
  ratio: number;
  /** Probability of at least `observed` if nothing were wrong (negative-binomial tail). */
  p: number;
  status: Status;
  /** Start of the current possible/outage episode, ms UTC, or null when ok. */
  since: number | null;
  /** Expected count for this bucket alone (for drawing the band). */
  expectedBucket: number;
}

function decayFor(bucketMs: number, memoryMs: number): number {
  return Math.exp(-bucketMs / memoryMs);
}

/** Expected count for the bucket at t: the seasonal profile scaled by the recent level. */
export function readExpected(state: DetectorState, t: number, config: DetectorConfig): { expected: number; evidence: number } {
  const profile = readProfile(state, t, config);
  const level = (state.levelObs + config.LEVEL_PRIOR) / (state.levelExp + config.LEVEL_PRIOR);
  return { expected: Math.max(1e-6, profile.expected * Math.min(4, Math.max(0.25, level))), evidence: profile.evidence };
}

function pushWindow(state: DetectorState, count: number, expected: number, size: number): void {
  state.windowObs.push(count);
  state.windowExp.push(expected);
  while (state.windowObs.length > size) {
    state.windowObs.shift();
    state.windowExp.shift();
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Feeds one bucket and returns the new status. Learning happens only from calm buckets (clipped), so an
 * outage never teaches the baseline that outages are normal. Mutates and returns `state`.
 */
export function stepDetector(state: DetectorState, point: { t: number; count: number }, config: DetectorConfig): { state: DetectorState; verdict: Verdict } {
  const { expected: expectedBucket, evidence } = readExpected(state, point.t, config);
  const windowSize = Math.max(1, Math.round(config.WINDOW_MS / state.bucketMs));
  pushWindow(state, point.count, expectedBucket, windowSize);
  const observed = sum(state.windowObs);
  const expected = sum(state.windowExp);
  const ratio = observed / Math.max(expected, 1e-6);
  // Uncertainty of the baseline itself adds variance: a young baseline needs stronger evidence.
  const dispersion = Math.max(config.MIN_DISPERSION, state.dispersion) + config.BASELINE_PRIOR_VARIANCE / (1 + evidence);
  const p = computeTailProbability(observed, expected, dispersion);

  const outageTest = p < config.P_OUTAGE && observed >= config.MIN_REPORTS_OUTAGE && ratio >= config.RATIO_OUTAGE;
  const possibleTest = p < config.P_POSSIBLE && observed >= config.MIN_REPORTS_POSSIBLE && ratio >= config.RATIO_POSSIBLE;
  state.streak = outageTest ? state.streak + 1 : 0;
  const persisted = state.streak * state.bucketMs >= config.PERSIST_MS;

  const previous = state.status;
  let status: Status;
  if (previous === "outage") {
    // Hysteresis: hold the outage until the level has been back near baseline for the cooldown.
    const calm = ratio < config.RATIO_EXIT;
    if (!calm) state.calmSince = null;
    else state.calmSince ??= point.t;
    status = state.calmSince !== null && point.t - state.calmSince >= config.COOLDOWN_MS ? (possibleTest ? "possible" : "ok") : "outage";
  } else if (persisted || (outageTest && state.bucketMs >= config.PERSIST_MS)) {
    status = "outage";
    state.calmSince = null;
  } else {
    status = possibleTest ? "possible" : "ok";
  }
  if (status === "ok") state.since = null;
  else if (previous === "ok") state.since = point.t - (windowSize - 1) * state.bucketMs;
  state.status = status;

  const young = state.meanN * state.bucketMs < config.YOUNG_MS;
  const longOutage = status === "outage" && state.since !== null && point.t - state.since >= config.LONG_OUTAGE_MS;
  // Calm buckets teach (clipped); outage buckets teach nothing that could raise the baseline, unless the
  // baseline is too young to know better or the "outage" has lasted long enough to be the new normal.
  const cap = young ? Infinity : status !== "outage" || longOutage ? expectedBucket * config.CLIP_RATIO + config.CLIP_ABS : expectedBucket;
  learnFrom(state, point, Math.min(point.count, cap), status === "ok", config);
  state.t = point.t;
  return { state, verdict: { t: point.t, observed, expected, ratio, p, status, since: state.since, expectedBucket } };
}

function learnFrom(state: DetectorState, point: { t: number; count: number }, clipped: number, calm: boolean, config: DetectorConfig): void {
  const profile = readProfile(state, point.t, config).expected;
  updateProfile(state, point.t, clipped, config);
  const levelDecay = decayFor(state.bucketMs, config.LEVEL_MEMORY_MS);
  state.levelObs = state.levelObs * levelDecay + clipped;
  state.levelExp = state.levelExp * levelDecay + profile;
  if (!calm) return;
  // Overdispersion of window sums, learned from calm windows only.
  const windowSize = state.windowObs.length;
  const observed = Math.min(sum(state.windowObs), sum(state.windowExp) * config.CLIP_RATIO + config.CLIP_ABS * windowSize);
  const expected = sum(state.windowExp);
  if (expected > 0.5) {
    const sample = Math.max(0, ((observed - expected) ** 2 - expected) / (expected * expected));
    const decay = decayFor(state.bucketMs, config.DISPERSION_MEMORY_MS);
    state.dispersion = state.dispersion * decay + Math.min(sample, 2) * (1 - decay);
  }
}
