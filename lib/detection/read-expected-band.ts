import type { Db } from "@/db/client";
import { DETECTOR_CONFIG, LIVE_BUCKET_MS } from "./config";
import { DETECTOR_STATE_VERSION, type DetectorState } from "./detector-state";
import { readVariance } from "./noise-model";
import { readExpected } from "./step-detector";

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
export function readExpectedBand({ db, serviceId, from, to, bucketMs }: { db: Db; serviceId: number; from: number; to: number; bucketMs: number }): ExpectedBand[] | null {
  const row = db.$client.prepare("SELECT state FROM detector_states WHERE service_id = ?").get(serviceId) as { state: string } | undefined;
  if (!row) return null;
  const state = JSON.parse(row.state) as DetectorState;
  // A state saved by an older detector is re-learned by the next tick; until then there is no band to draw.
  return state.version === DETECTOR_STATE_VERSION ? computeExpectedBand(state, from, to, bucketMs) : null;
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
