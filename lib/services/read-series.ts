import type { SeriesBucketPoint } from "@/lib/charts/series-point";
import { readExpectedBand } from "@/lib/detection/read-expected-band";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { BUCKET_MS, RANGE_MS, type SeriesQuery } from "@/lib/reports/series-params";
import type { ReportStore } from "@/lib/reports/store/report-store";

export interface Series {
  range: SeriesQuery["range"];
  bucket: SeriesQuery["bucket"];
  /** First ms of the first bucket and first ms after the last (the last bucket is still filling). */
  from: number;
  to: number;
  buckets: SeriesBucketPoint[];
}

/** Counted reports per bucket, gap-filled with zeros, ending with the bucket that holds `now`, with the usual band. */
export async function readSeries({ reports, detection, serviceId, now, query }: { reports: ReportStore; detection: DetectionStore; serviceId: number; now: number; query: SeriesQuery }): Promise<Series> {
  const width = BUCKET_MS[query.bucket];
  const n = RANGE_MS[query.range] / width;
  const to = Math.floor(now / width) * width + width;
  const from = to - n * width;
  const counts = await reports.readBucketCounts(serviceId, from, to, width);
  const band = await readExpectedBand({ detection, serviceId, from, to, bucketMs: width });
  const buckets: SeriesBucketPoint[] = [];
  for (let t = from, i = 0; t < to; t += width, i++) {
    buckets.push({ t: new Date(t).toISOString(), count: counts.get(t) ?? 0, ...(band ? band[i] : {}) });
  }
  return { range: query.range, bucket: query.bucket, from, to, buckets };
}
