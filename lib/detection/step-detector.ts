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
  /** While an outage cools down: when the level fell back near baseline (an ending incident ends there). */
  calmSince: number | null;
}

/**
 * When the surge that tripped the window began, not the window's start (a burst at 09:41 reads "since 09:41"):
 * from the window's most excessive bucket, back through the run of buckets clearly above their expectation.
 */
function findSurgeStart(state: DetectorState, t: number, size: number): number {
  const n = state.windowObs.length;
  const from = Math.max(0, n - size);
  const excess = (i: number) => state.windowObs[i] - state.windowExp[i];
  let peak = from;
  for (let i = from + 1; i < n; i++) if (excess(i) > excess(peak)) peak = i;
  let start = peak;
  while (start > from && state.windowObs[start - 1] > 1.5 * state.windowExp[start - 1] + 1) start--;
  return t - (n - 1 - start) * state.bucketMs;
}

/** Buckets in the short window. */
export function readShortSize(bucketMs: number, config: DetectorConfig): number {
  return Math.max(config.MIN_WINDOW_BUCKETS, Math.round(config.WINDOW_MS / bucketMs));
}

function decayFor(bucketMs: number, memoryMs: number): number {
  return Math.exp(-bucketMs / memoryMs);
}

/** Expected count for the bucket at t: the seasonal profile scaled by the recent level. */
export function readExpected(state: DetectorState, t: number, config: DetectorConfig): { expected: number; evidence: number } {
  const profile = readProfile(state, t, config);
  const level = (state.levelObs + config.LEVEL_PRIOR) / (state.levelExp + config.LEVEL_PRIOR);
  const expected = Math.max(profile.expected * Math.min(4, Math.max(0.25, level)), state.mean * config.FLOOR_SHARE);
  return { expected: Math.max(1e-6, expected), evidence: profile.evidence };
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

interface WindowTest {
  observed: number;
  expected: number;
  ratio: number;
  p: number;
}

/** The count test over the newest `size` buckets of the window. */
function testWindow(state: DetectorState, size: number, dispersion: number): WindowTest {
  const n = state.windowObs.length;
  let observed = 0;
  let expected = 0;
  for (let i = Math.max(0, n - size); i < n; i++) {
    observed += state.windowObs[i];
    expected += state.windowExp[i];
  }
  return { observed, expected, ratio: observed / Math.max(expected, 1e-6), p: computeTailProbability(observed, expected, dispersion) };
}

/**
 * Feeds one bucket and returns the new status. Learning happens only from calm buckets (clipped), so an
 * outage never teaches the baseline that outages are normal. Mutates and returns `state`.
 */
export function stepDetector(state: DetectorState, point: { t: number; count: number }, config: DetectorConfig): { state: DetectorState; verdict: Verdict } {
  const { expected: expectedBucket, evidence } = readExpected(state, point.t, config);
  const shortSize = readShortSize(state.bucketMs, config);
  const longSize = Math.max(shortSize, Math.round(config.LONG_WINDOW_MS / state.bucketMs));
  pushWindow(state, point.count, expectedBucket, longSize);
  // The baseline is itself an estimate from `evidence` buckets; its relative variance adds to the test's,
  // so a young or sparse baseline needs stronger evidence before it calls an outage.
  const noise = Math.max(config.MIN_DISPERSION, state.dispersion);
  const dispersion = noise + (1 / Math.max(expectedBucket, 1e-3) + noise) / (1 + evidence);
  const short = testWindow(state, shortSize, dispersion);
  const long = testWindow(state, longSize, dispersion);
  // The burst test is for fine buckets, where the short window fills too slowly for a sharp surge; on coarse
  // buckets its window would be a bucket or two, the single odd bucket MIN_WINDOW_BUCKETS rules out.
  const burstSize = Math.round(config.BURST_WINDOW_MS / state.bucketMs);
  const burst = burstSize >= config.MIN_WINDOW_BUCKETS ? testWindow(state, burstSize, dispersion) : null;
  const { observed, expected, ratio, p } = short;

  const echo = state.endedAt !== null && point.t - state.endedAt < config.ECHO_MS ? config.ECHO_FACTOR : 1;
  const passes = (w: WindowTest, ratio: number) => w.p < config.P_OUTAGE && w.observed >= config.MIN_REPORTS_OUTAGE && w.ratio >= ratio * echo;
  state.burstStreak = burst && passes(burst, config.RATIO_OUTAGE_BURST) ? state.burstStreak + 1 : 0;
  // The burst test carries its own persistence; the window tests must hold for PERSIST_MS.
  const burstHeld = state.burstStreak >= config.BURST_PERSIST_BUCKETS;
  // The hour-long test is for a rise that is still going on: the last 15 minutes must be as high as the hour.
  const sustained = passes(long, config.RATIO_OUTAGE_LONG) && short.ratio >= config.RATIO_OUTAGE_LONG;
  const outageTest = passes(short, config.RATIO_OUTAGE) || sustained || burstHeld;
  const possibleTest = p < config.P_POSSIBLE && observed >= config.MIN_REPORTS_POSSIBLE && ratio >= config.RATIO_POSSIBLE;
  state.streak = outageTest ? state.streak + 1 : 0;
  const persisted = burstHeld || state.streak * state.bucketMs >= config.PERSIST_MS;

  const previous = state.status;
  let status: Status;
  if (previous === "outage") {
    // Hysteresis: hold the outage until the level has been back near baseline for the cooldown.
    // The cooldown starts once the last hour is back near baseline; only a renewed outage-level surge
    // cancels it (that surge is an aftershock of this incident), ordinary wobbles do not.
    if (outageTest) state.calmSince = null;
    else if (state.calmSince === null && long.ratio < config.RATIO_EXIT) state.calmSince = point.t;
    status = state.calmSince !== null && point.t - state.calmSince >= config.COOLDOWN_MS ? (possibleTest ? "possible" : "ok") : "outage";
  } else if (persisted || (outageTest && state.bucketMs >= config.PERSIST_MS)) {
    status = "outage";
    state.calmSince = null;
  } else {
    status = possibleTest ? "possible" : "ok";
  }
  if (previous === "outage" && status !== "outage") state.endedAt = point.t;
  if (status === "ok") state.since = null;
  else if (previous === "ok") state.since = findSurgeStart(state, point.t, shortSize);
  state.status = status;

  const young = state.meanN * state.bucketMs < config.YOUNG_MS;
  const longOutage = status === "outage" && state.since !== null && point.t - state.since >= config.LONG_OUTAGE_MS;
  // Calm and merely possible buckets teach (clipped); outage buckets teach nothing that could raise the
  // baseline, unless the baseline is too young to know better or the outage has lasted long enough to be the new normal.
  const cap = young ? Infinity : status !== "outage" || longOutage ? clipLimit(expectedBucket, 1, state.bucketMs, config) : expectedBucket;
  learnFrom(state, point, Math.min(point.count, cap), status === "ok", config);
  state.t = point.t;
  return { state, verdict: { t: point.t, observed, expected, ratio, p, status, since: state.since, expectedBucket, calmSince: previous === "outage" ? state.calmSince : null } };
}

/** The most a calm bucket (or window of `buckets`) with this expectation may teach. */
function clipLimit(expected: number, buckets: number, bucketMs: number, config: DetectorConfig): number {
  return Math.max(1, expected * config.CLIP_RATIO + (config.CLIP_ABS * buckets * bucketMs) / 3_600_000);
}

function learnFrom(state: DetectorState, point: { t: number; count: number }, clipped: number, calm: boolean, config: DetectorConfig): void {
  const profile = readProfile(state, point.t, config).expected;
  updateProfile(state, point.t, clipped, config);
  const levelDecay = decayFor(state.bucketMs, config.LEVEL_MEMORY_MS);
  state.levelObs = state.levelObs * levelDecay + clipped;
  state.levelExp = state.levelExp * levelDecay + profile;
  if (!calm) return;
  // Overdispersion of short-window sums, learned from calm windows only.
  const size = readShortSize(state.bucketMs, config);
  const recentObs = state.windowObs.slice(-size);
  const expected = sum(state.windowExp.slice(-size));
  const observed = Math.min(sum(recentObs), clipLimit(expected, recentObs.length, state.bucketMs, config));
  if (expected > 0.5) {
    const sample = Math.max(0, ((observed - expected) ** 2 - expected) / (expected * expected));
    // A window expecting one report says almost nothing about overdispersion: weight samples by their size.
    const weight = (1 - decayFor(state.bucketMs, config.DISPERSION_MEMORY_MS)) * Math.min(1, expected / 10);
    state.dispersion += (Math.min(sample, 2) - state.dispersion) * weight;
  }
}

/**
 * An operator dismissed this service's incident as a false alarm: back to ok, keeping everything learned. The
 * dismissal counts as an ended outage, so for ECHO_MS a new one needs the echo period's larger surge.
 */
export function standDownDetector(state: DetectorState, now: number): void {
  state.status = "ok";
  state.since = null;
  state.calmSince = null;
  state.streak = 0;
  state.burstStreak = 0;
  state.endedAt = now;
  // Forget the dismissed surge itself, or the same reports still in the window would raise it again next minute.
  state.windowObs = state.windowExp.map((e) => Math.round(e));
}
