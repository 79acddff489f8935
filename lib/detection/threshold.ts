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
 * How far a surge in one tested window (0 burst, 1 short, 2 long) must rise above the service's average level (not
 * its usual level for the hour) on a bursty service, or 0 on a calm one. Each day, every window's count against the
 * average level is tracked at every moment and the day's CALIBRATION_QUANTILE kept (its burstiest moment); the
 * median of the last CALIBRATION_DAYS such days is the service's ordinary burst over that window length, and an
 * outage must rise CALIBRATION_FACTOR times as far above the average. Each window is measured against bursts of its
 * own length: a 5-minute spike is a twelfth of an hour, so an hour-long surge is not held to a spike's bar. The
 * median over days makes it robust: an outage, however long, is one day's value, and only a service with bursts on
 * most days gets a bar. Whether a service is bursty is decided on the short window: where its bar is no higher
 * than RATIO_OUTAGE the service is calm and gets none on any window, so its night-time outages are judged against
 * the night's usual level, however small.
 */
export function readBurstBar(state: DetectorState, config: DetectorConfig, window = 1): number {
  const barOf = (median: number | null) => (median === null ? 0 : 1 + config.CALIBRATION_FACTOR * Math.max(0, median - 1));
  if (barOf(state.bursts[1].median) <= config.RATIO_OUTAGE) return 0;
  return barOf(state.bursts[window].median);
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Adds one bucket's burst (one window's count against the average level) to that window's histogram for today, closing a finished day. */
export function recordBurst(state: DetectorState, t: number, burst: number, config: DetectorConfig, young: boolean, window = 1): void {
  const cal = state.bursts[window];
  const day = Math.floor(t / 86_400_000);
  if (cal.day !== day) {
    const q = cal.day === null ? null : readQuantile(cal.today, config.CALIBRATION_QUANTILE);
    // A day seen for less than half its length (the first, or one cut by a gap) says too little; so does a day
    // measured against the cold-start prior rather than the service's own level (young days are not recorded).
    const seen = cal.today.reduce((a, b) => a + b, 0);
    if (q !== null && seen * state.bucketMs >= 43_200_000) {
      cal.days.push(q);
      if (cal.days.length > config.CALIBRATION_DAYS) cal.days.shift();
      cal.median = median(cal.days);
    }
    cal.day = day;
    cal.today = createDayHistogram();
  }
  if (!young) addSample(cal.today, burst);
}
