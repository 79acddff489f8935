import type { DetectorConfig } from "./config";
import type { Baseline, DetectorState, Status } from "./detector-state";
import { learnNoise, readVariance, type NoiseModel } from "./noise-model";
import { readBaselineRelVar, readExpected } from "./read-expected";
import { updateProfile } from "./seasonal-profile";

/** A service's own history shorter than this leaves its baseline resting on the cold-start prior (one daily cycle). */
export const HISTORY_MIN_MS = 86_400_000;

/** One tested window's count and expectation, for learning how counts scatter. */
export interface WindowSample {
  observed: number;
  expected: number;
}

/**
 * Robust learning: an outage teaches nothing (unless it has lasted long enough to be the new normal); an elevated
 * moment (`possible`, or already meeting the outage test) teaches at most the usual level, so it can lower the
 * baseline but never raise it; a calm one at most CLIP_SD standard deviations above the usual level.
 *
 * A bucket above its expectation teaches the baseline only LEARN_DELAY_MS later: a surge that creeps up looks calm
 * at first, and learned at once it lifts its own expectation (within the hour, the week-hour it falls in learns from
 * its own first minutes) until it never looks like an outage. A bucket at or below its expectation teaches at once,
 * so a quiet night or a falling level is followed without delay. The price of that asymmetry: within each hour the
 * baseline runs a little low (its quiet moments learned, its busy ones not yet); CALIBRATION_FACTOR was chosen after
 * this change and takes that up.
 *
 * The twin (`state.prompt`) learns every bucket at once, as the baseline did before the delay. It is the yardstick
 * of ordinary bursts, measured against a level that absorbs a service's ordinary wobbles as they happen: measured
 * against the delayed baseline they read larger, and calm services would look bursty.
 */
export function learnBaseline(
  state: DetectorState,
  point: { t: number; count: number },
  expected: number,
  status: Status,
  tests: (WindowSample | null)[],
  sizes: readonly number[],
  config: DetectorConfig,
): void {
  const young = state.seen * state.bucketMs < HISTORY_MIN_MS;
  state.seen++;
  // A cold-start prior is a guess: a level that holds for LONG_OUTAGE_PRIOR_MS says more than it does.
  const longOutage = status === "outage" && state.since !== null && point.t - state.since >= (young ? config.LONG_OUTAGE_PRIOR_MS : config.LONG_OUTAGE_MS);
  const calm = (status === "ok" && state.streak === 0) || longOutage;
  const noise = state.noise[1];
  if (status !== "outage" || longOutage) {
    teach(state.prompt, noise, point.t, point.count, calm, config);
    if (point.count <= expected) teach(state, noise, point.t, point.count, calm, config);
    else state.pending.push([point.t, point.count, calm]);
  }
  while (state.pending.length > 0 && state.pending[0][0] <= point.t - config.LEARN_DELAY_MS) {
    const [t, count, wasCalm] = state.pending.shift()!;
    teach(state, noise, t, count, wasCalm, config);
  }
  if (!calm) return;
  // How counts scatter, learned from calm windows only (and clipped, so a surge cannot teach that surges are noise).
  const decay = Math.exp(-state.bucketMs / config.NOISE_MEMORY_MS);
  tests.forEach((w, k) => {
    if (w !== null && state.windowObs.length >= sizes[k]) learnNoise(state.noise[k], w.observed, w.expected, decay);
  });
}

/**
 * One bucket into a baseline's profiles and recent level, clipped against what that baseline expects for it now:
 * a calm bucket at most CLIP_SD standard deviations above, an elevated one at most the expectation itself.
 */
function teach(baseline: Baseline, noise: NoiseModel, t: number, count: number, calm: boolean, config: DetectorConfig): void {
  const { expected, evidence, profile } = readExpected(baseline, t, config);
  const sd = Math.sqrt(readVariance(noise, expected) + readBaselineRelVar(noise, expected, evidence) * expected * expected);
  const value = Math.min(count, calm ? Math.max(1, expected + config.CLIP_SD * sd) : expected);
  updateProfile(baseline, t, value, config);
  const levelDecay = Math.exp(-baseline.bucketMs / config.LEVEL_MEMORY_MS);
  baseline.levelObs = baseline.levelObs * levelDecay + value;
  baseline.levelExp = baseline.levelExp * levelDecay + profile;
}
