import { DETECTOR_CONFIG, LIVE_BUCKET_MS } from "./config";
import { DETECTOR_STATE_VERSION, type DetectorState } from "./detector-state";
import { readVariance } from "./noise-model";
import { readExpected } from "./read-expected";
import type { DetectionStore } from "./store/detection-store";

export interface ExpectedBand {
  expected: number;
  /** A band that ordinary noise stays inside about 95% of the time (mean ± 2 sd of an overdispersed count). */
  low: number;
  high: number;
}

/**
 * The usual count for each chart bucket, from the service's current detector state (its learned weekly
 * rhythm and level), or null before the detector has learned anything.
 */
export async function readExpectedBand({ detection, serviceId, from, to, bucketMs }: { detection: DetectionStore; serviceId: number; from: number; to: number; bucketMs: number }): Promise<ExpectedBand[] | null> {
  const state = await detection.readState(serviceId);
  const parsed = state === null ? null : (JSON.parse(state) as DetectorState);
  // A state saved by an older detector says nothing until the tick has warmed that service up again.
  if (!parsed || parsed.version !== DETECTOR_STATE_VERSION) return null;
  return computeExpectedBand(parsed, from, to, bucketMs);
}

/** The usual count and noise band for each bucket in [from, to) from one detector state (pure). */
export function computeExpectedBand(state: DetectorState, from: number, to: number, bucketMs: number): ExpectedBand[] {
  const step = Math.max(LIVE_BUCKET_MS, bucketMs / 15);
  const out: ExpectedBand[] = [];
  for (let t = from; t < to; t += bucketMs) {
    let expected = 0;
    for (let m = t; m < t + bucketMs; m += step) expected += readExpected(state, m, DETECTOR_CONFIG).expected * (step / LIVE_BUCKET_MS);
    const sd = Math.sqrt(readVariance(state.noise[1], expected));
    out.push({ expected: round(expected), low: round(Math.max(0, expected - 2 * sd)), high: round(expected + 2 * sd) });
  }
  return out;
}

const round = (x: number) => Math.round(x * 10) / 10;
