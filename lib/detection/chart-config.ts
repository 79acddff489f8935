/** An incident chart shows calm on both sides: a quarter of the incident's length, at least 1 h, at most 3 h. */
export const CHART_PAD_SHARE = 0.25;
export const CHART_PAD_MIN_MS = 3_600_000;
/** Never more than the calm a closed incident has already waited through, so the frozen chart is complete. */
export const CHART_PAD_MAX_MS = 3 * 3_600_000;

/** Chart bucket by the whole window's length: up to ~100 bars, so a short outage still shows its shape. */
export const CHART_BUCKETS = [
  { maxSpanMs: 8 * 3_600_000, bucket: "5m" },
  { maxSpanMs: 24 * 3_600_000, bucket: "15m" },
  { maxSpanMs: Number.POSITIVE_INFINITY, bucket: "1h" },
] as const;
/** A chart spanning more than this (a weeks-long "outage") shows its first part only. */
export const CHART_MAX_SPAN_MS = 14 * 24 * 3_600_000;
