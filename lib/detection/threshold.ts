import type { DetectorConfig } from "./config";
import type { DetectorState } from "./detector-state";
import { readQuantile } from "./running-quantile";

const WEEK_MS = 7 * 86_400_000;
/** Windows tested per bucket (burst, short, long): the model threshold pays for looking three ways. */
const TESTS_PER_BUCKET = 3;

/**
 * Evidence is measured as -log10 of the chance of at least the observed reports if nothing were wrong. Under
 * the noise model, a threshold of log10(tests in a period) is crossed by chance about once per period, so the
 * false-alarm rate sets the threshold; no threshold is fitted to data.
 */
export function readModelThreshold(bucketMs: number, periodWeeks: number): number {
  return Math.log10((TESTS_PER_BUCKET * periodWeeks * WEEK_MS) / bucketMs);
}

/**
 * How far a surge must rise above the service's average level (not its usual level for the hour) on a bursty
 * service, or 0 on a calm one. The short window's count against the average level is tracked at every ordinary
 * moment; its CALIBRATION_QUANTILE (the 1%-worst ordinary moment) shows how bursty the service is. An outage must
 * rise CALIBRATION_FACTOR times as far above the average as that ordinary burst does. Where that bar is no higher
 * than RATIO_OUTAGE the service is calm, and it gets no bar: its night-time outages are judged against the
 * night's usual level, however small that is. A high quantile of the bulk, not of the extremes, so a real outage
 * or two barely move it.
 */
export function readBurstBar(state: DetectorState, config: DetectorConfig): number {
  const q = readQuantile(state.bursts, config.CALIBRATION_QUANTILE, Math.round(config.CALIBRATION_MIN_MS / state.bucketMs));
  if (q === null) return 0;
  const bar = 1 + config.CALIBRATION_FACTOR * Math.max(0, q - 1);
  return bar > config.RATIO_OUTAGE ? bar : 0;
}
