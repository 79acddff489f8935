import type { DetectorConfig } from "./config";
import { computeEvidence } from "./count-tail";
import type { DetectorState, Status } from "./detector-state";
import { HISTORY_MIN_MS, learnBaseline } from "./learn-baseline";
import { readVariance } from "./noise-model";
import { readBaselineRelVar, readExpected } from "./read-expected";
import { readBurstBar, readModelThreshold, recordBurst } from "./threshold";

/** One bucket's verdict, with the numbers that explain it. */
export interface Verdict {
  /** Bucket start, ms UTC. */
  t: number;
  /** Reports in the short evaluation window ending with this bucket, and how many were expected. */
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
  /** "prior" while the service has under a day of its own history: the usual level is the cold-start assumption. */
  basis: "history" | "prior";
}

/** Buckets in the short window. */
export function readShortSize(bucketMs: number, config: DetectorConfig): number {
  return Math.max(config.MIN_WINDOW_BUCKETS, Math.round(config.WINDOW_MS / bucketMs));
}

/** Buckets in each tested window (burst, short, long); the burst window is off (0) on coarse buckets. */
function readWindowSizes(bucketMs: number, config: DetectorConfig): [number, number, number] {
  const short = readShortSize(bucketMs, config);
  const burst = Math.round(config.BURST_WINDOW_MS / bucketMs);
  return [burst >= config.MIN_WINDOW_BUCKETS ? burst : 0, short, Math.max(short, Math.round(config.LONG_WINDOW_MS / bucketMs))];
}

/** Variance of a window's count: the learned noise plus the uncertainty of the baseline itself (young or sparse baselines know less). */
function windowVariance(state: DetectorState, k: number, expected: number, baselineRelVar: number): number {
  return readVariance(state.noise[k], expected) + baselineRelVar * expected * expected;
}

interface WindowTest {
  observed: number;
  expected: number;
  ratio: number;
  /** -log10 of the chance of at least `observed` if nothing were wrong. */
  evidence: number;

}

function testWindow(state: DetectorState, k: number, size: number, baselineRelVar: number, config: DetectorConfig): WindowTest {
  const n = state.windowObs.length;
  let observed = 0;
  let expected = 0;
  for (let i = Math.max(0, n - size); i < n; i++) {
    observed += state.windowObs[i];
    expected += state.windowExp[i];
  }
  const ratio = observed / Math.max(expected, 1e-6);
  // The tail probability is the costly part of a step: only a window that could be at least `possible` needs it.
  const candidate = ratio >= config.RATIO_POSSIBLE && observed >= config.MIN_REPORTS_POSSIBLE;
  return { observed, expected, ratio, evidence: candidate ? computeEvidence(observed, expected, windowVariance(state, k, expected, baselineRelVar)) : 0 };
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

/**
 * Feeds one bucket and returns the new status. The baseline learns only from calm buckets, clipped (so it never
 * learns from what it flags); the outage test asks for evidence past a threshold set by a false-alarm rate, a
 * surge of at least RATIO_OUTAGE, and MIN_REPORTS_OUTAGE reporters. Mutates and returns `state`.
 */
export function stepDetector(state: DetectorState, point: { t: number; count: number }, config: DetectorConfig): { state: DetectorState; verdict: Verdict } {
  const { expected: expectedBucket, evidence: baselineBuckets } = readExpected(state, point.t, config);
  const sizes = readWindowSizes(state.bucketMs, config);
  state.windowObs.push(point.count);
  state.windowExp.push(expectedBucket);
  state.windowExpPrompt.push(readExpected(state.prompt, point.t, config).expected);
  while (state.windowObs.length > sizes[2]) {
    state.windowObs.shift();
    state.windowExp.shift();
    state.windowExpPrompt.shift();
  }
  // The baseline is an average of `baselineBuckets` buckets: its relative variance adds to every window's.
  const baselineRelVar = readBaselineRelVar(state.noise[1], expectedBucket, baselineBuckets);
  const tests = sizes.map((size, k) => (size > 0 ? testWindow(state, k, size, baselineRelVar, config) : null));
  const short = tests[1]!;

  const threshold = readModelThreshold(state.bucketMs, config.FALSE_OUTAGE_WEEKS);
  const possibleThreshold = readModelThreshold(state.bucketMs, config.FALSE_POSSIBLE_WEEKS);
  const burstBars = sizes.map((_, k) => readBurstBar(state, config, k));
  const echo = state.endedAt !== null && point.t - state.endedAt < config.ECHO_MS ? config.ECHO_FACTOR : 1;
  // A window passes with enough reporters, evidence past the threshold and a surge of at least RATIO_OUTAGE; on a
  // bursty service also past that window's burst bar, measured against its average level. The long window speaks
  // only while the last 15 minutes are as high: an hour that holds an earlier spike is not a new outage.
  let strongest = 0;
  const atAverage = (w: WindowTest, k: number) => w.observed / Math.max(w.expected, state.mean * sizes[k]);
  for (let k = 0; k < 3; k++) {
    const w = tests[k];
    if (w === null || w.observed < config.MIN_REPORTS_OUTAGE || w.evidence < threshold) continue;
    // The burst window decides alone on five minutes: its surge must hold beyond one standard error of its count.
    const ratio = k === 0 ? (w.observed - Math.sqrt(w.observed)) / Math.max(w.expected, 1e-6) / config.BURST_RATIO_FACTOR : k === 1 ? w.ratio : Math.min(w.ratio, short.ratio);
    const burst = k < 2 ? atAverage(w, k) : Math.min(atAverage(w, k), atAverage(short, 1));
    if (ratio >= config.RATIO_OUTAGE * echo && burst >= burstBars[k] * echo) strongest = Math.max(strongest, w.evidence);
  }
  const outageTest = strongest >= threshold;
  const possibleTest = tests.some((w) => w !== null && w.evidence >= possibleThreshold && w.ratio >= config.RATIO_POSSIBLE && w.observed >= config.MIN_REPORTS_POSSIBLE);
  state.streak = outageTest ? state.streak + 1 : 0;
  // A flood within one minute (hundreds of reporters at once) needs no second minute; a coarser bucket always does.
  const flooded = state.bucketMs <= 60_000 && strongest >= config.OVERWHELMING * threshold;
  const persisted = (outageTest && state.streak >= config.PERSIST_BUCKETS) || flooded;

  const previous = state.status;
  let status: Status;
  if (previous === "outage") {
    // Hysteresis: hold the outage until the last hour has been back near baseline for the cooldown; only a
    // renewed outage-level surge cancels the cooldown (an aftershock of this incident), ordinary wobbles do not.
    if (outageTest) state.calmSince = null;
    else if (state.calmSince === null && (tests[2]?.ratio ?? short.ratio) < config.RATIO_EXIT) state.calmSince = point.t;
    status = state.calmSince !== null && point.t - state.calmSince >= config.COOLDOWN_MS ? (possibleTest ? "possible" : "ok") : "outage";
  } else if (persisted) {
    status = "outage";
    state.calmSince = null;
  } else {
    status = possibleTest ? "possible" : "ok";
  }
  if (previous === "outage" && status !== "outage") state.endedAt = point.t;
  if (status === "ok") state.since = null;
  else if (previous === "ok") state.since = findSurgeStart(state, point.t, sizes[1]);
  state.status = status;

  // Every moment goes into each window's burst histogram for the day, outages included: the median over days keeps
  // one outage from mattering. What is recorded is the burst beyond one standard error of its count (a quiet
  // service's chance handful of reports is counting noise, not burstiness), against the twin baseline that learns
  // at once (learn-baseline.ts says why).
  const young = state.seen * state.bucketMs < HISTORY_MIN_MS;
  tests.forEach((w, k) => {
    if (w === null) return;
    let expectedPrompt = 0;
    for (let i = Math.max(0, state.windowExpPrompt.length - sizes[k]); i < state.windowExpPrompt.length; i++) expectedPrompt += state.windowExpPrompt[i];
    recordBurst(state, point.t, (w.observed - Math.sqrt(w.observed)) / Math.max(expectedPrompt, state.prompt.mean * sizes[k]), config, young, k);
  });
  learnBaseline(state, point, expectedBucket, status, tests, sizes, config);
  state.t = point.t;
  return {
    state,
    verdict: {
      t: point.t,
      observed: short.observed,
      expected: short.expected,
      ratio: short.ratio,
      p: 10 ** -short.evidence,
      status,
      since: state.since,
      expectedBucket,
      calmSince: previous === "outage" ? state.calmSince : null,
      basis: state.seen * state.bucketMs < HISTORY_MIN_MS ? "prior" : "history",
    },
  };
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
  state.endedAt = now;
  // Forget the dismissed surge itself, or the same reports still in the window would raise it again next minute.
  state.windowObs = state.windowExp.map((e) => Math.round(e));
}
