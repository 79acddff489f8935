import type { DetectorConfig } from "./config";
import type { Baseline } from "./detector-state";
import type { NoiseModel } from "./noise-model";
import { readProfile } from "./seasonal-profile";

/** Expected count for the bucket at t: the seasonal profile (also returned, for learning) scaled by the recent level. */
export function readExpected(baseline: Baseline, t: number, config: DetectorConfig): { expected: number; evidence: number; profile: number } {
  const profile = readProfile(baseline, t, config);
  const level = (baseline.levelObs + config.LEVEL_PRIOR) / (baseline.levelExp + config.LEVEL_PRIOR);
  return { expected: Math.max(1e-6, profile.expected * Math.min(4, Math.max(0.25, level))), evidence: profile.evidence, profile: profile.expected };
}

/** Relative variance of a baseline that averages `baselineBuckets` buckets: it adds to every window's. */
export function readBaselineRelVar(shortNoise: NoiseModel, expected: number, baselineBuckets: number): number {
  return ((1 + shortNoise.cluster) / Math.max(expected, 1e-3) + shortNoise.spread) / (1 + baselineBuckets);
}
