import type { DetectorConfig } from "./config";
import type { DetectorState } from "./detector-state";
import { addSample, createDayHistogram, readQuantile } from "./running-quantile";

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
 * service, or 0 on a calm one. Each day, the short window's count against the average level is tracked at every
 * moment and the day's CALIBRATION_QUANTILE kept (its 15 burstiest minutes); the median of the last
 * CALIBRATION_DAYS such days is the service's ordinary burst, and an outage must rise CALIBRATION_FACTOR times as
 * far above the average. The median over days makes it robust: an outage, however long, is one day's value, and
 * only a service with bursts on most days gets a bar. Where the bar is no higher than RATIO_OUTAGE the service is
 * calm and gets none: its night-time outages are judged against the night's usual level, however small.
 */
export function readBurstBar(state: DetectorState, config: DetectorConfig): number {
  if (state.burstMedian === null) return 0;
  const bar = 1 + config.CALIBRATION_FACTOR * Math.max(0, state.burstMedian - 1);
  return bar > config.RATIO_OUTAGE ? bar : 0;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Adds one bucket's burst (its short window against the average level) to today's histogram, closing a finished day. */
export function recordBurst(state: DetectorState, t: number, burst: number, config: DetectorConfig, young: boolean): void {
  const day = Math.floor(t / 86_400_000);
  if (state.burstDay !== day) {
    const q = state.burstDay === null ? null : readQuantile(state.burstToday, config.CALIBRATION_QUANTILE);
    // A day seen for less than half its length (the first, or one cut by a gap) says too little; so does a day
    // measured against the cold-start prior rather than the service's own level (young days are not recorded).
    const seen = state.burstToday.reduce((a, b) => a + b, 0);
    if (q !== null && seen * state.bucketMs >= 43_200_000) {
      state.burstDays.push(q);
      if (state.burstDays.length > config.CALIBRATION_DAYS) state.burstDays.shift();
      state.burstMedian = median(state.burstDays);
    }
    state.burstDay = day;
    state.burstToday = createDayHistogram();
  }
  if (!young) addSample(state.burstToday, burst);
}
