import { BUCKET_MS, type SeriesBucket } from "@/lib/reports/series-params";
import { CHART_BUCKETS, CHART_MAX_SPAN_MS, CHART_PAD_MAX_MS, CHART_PAD_MIN_MS, CHART_PAD_SHARE } from "./chart-config";

export interface ChartWindow {
  bucket: SeriesBucket;
  bucketMs: number;
  /** First ms of the first bucket and first ms after the last, aligned to the bucket width. */
  from: number;
  to: number;
}

/** The span an incident's chart covers: the incident with calm on both sides, cut at `now` while it is open. */
export function pickIncidentWindow({ startedAt, endedAt, now }: { startedAt: number; endedAt: number | null; now: number }): ChartWindow {
  const end = endedAt ?? now;
  const pad = Math.min(CHART_PAD_MAX_MS, Math.max(CHART_PAD_MIN_MS, (end - startedAt) * CHART_PAD_SHARE));
  const rawFrom = startedAt - pad;
  const rawTo = Math.min(endedAt === null ? now : end + pad, now, rawFrom + CHART_MAX_SPAN_MS);
  const { bucket } = CHART_BUCKETS.find((b) => rawTo - rawFrom <= b.maxSpanMs)!;
  const bucketMs = BUCKET_MS[bucket];
  const from = Math.floor(rawFrom / bucketMs) * bucketMs;
  const to = Math.max(from + bucketMs, Math.ceil(rawTo / bucketMs) * bucketMs);
  return { bucket, bucketMs, from, to };
}
