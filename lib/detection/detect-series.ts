import { DETECTOR_CONFIG, type DetectorConfig } from "./config";
import { createDetectorState, type DetectorState } from "./detector-state";
import { stepDetector, type Verdict } from "./step-detector";

/**
 * Runs the live stepper over a whole series (backtests, tests): the same code, bucket by bucket, each
 * verdict using only the buckets up to it. Missing buckets count as zero reports.
 */
export function detectSeries(
  points: readonly { t: number; count: number }[],
  bucketMs: number,
  config: DetectorConfig = DETECTOR_CONFIG,
  state: DetectorState = createDetectorState(bucketMs, config),
): { verdicts: Verdict[]; state: DetectorState } {
  const verdicts: Verdict[] = [];
  for (const point of points) {
    if (state.t !== null) {
      for (let t = state.t + bucketMs; t < point.t; t += bucketMs) stepDetector(state, { t, count: 0 }, config);
    }
    verdicts.push(stepDetector(state, point, config).verdict);
  }
  return { verdicts, state };
}
