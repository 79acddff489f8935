import type { Db } from "@/db/client";
import { readExpectedBand } from "@/lib/detection/read-expected-band";
import { HOUR_MS } from "./config";
import { BUCKET_MS, RANGE_MS, type SeriesQuery } from "./series-params";

export interface SeriesBucketPoint {
  /** Bucket start, ISO 8601 UTC. */
  t: string;
  count: number;
  /** The usual count for this bucket and the band ordinary noise stays inside (absent before detection has learned). */
  expected?: number;
  low?: number;
  high?: number;
}

export interface Series {
  range: SeriesQuery["range"];
  bucket: SeriesQuery["bucket"];
  /** First ms of the first bucket and first ms after the last (the last bucket is still filling). */
  from: number;
  to: number;
  buckets: SeriesBucketPoint[];
}

/** Reports per bucket start in [from, to), buckets `width` ms wide and aligned to it; empty buckets absent. */
export function readBucketCounts({ db, serviceId, from, to, width }: { db: Db; serviceId: number; from: number; to: number; width: number }): Map<number, number> {
  // Hour-wide buckets come from the hourly rollup: 60x fewer rows for week-long charts.
  const sql =
    width >= HOUR_MS
      ? "SELECT hour - hour % ? AS b, SUM(count) AS c FROM report_hours WHERE service_id = ? AND hour >= ? AND hour < ? GROUP BY b"
      : "SELECT minute - minute % ? AS b, SUM(count) AS c FROM report_minutes WHERE service_id = ? AND minute >= ? AND minute < ? GROUP BY b";
  const rows = db.$client.prepare(sql).all(width, serviceId, from, to) as { b: number; c: number }[];
  return new Map(rows.map((r) => [r.b, r.c]));
}

/** Counted reports per bucket, gap-filled with zeros, ending with the bucket that holds `now`. */
export function readSeries({ db, serviceId, now, query }: { db: Db; serviceId: number; now: number; query: SeriesQuery }): Series {
  const width = BUCKET_MS[query.bucket];
  const n = RANGE_MS[query.range] / width;
  const to = Math.floor(now / width) * width + width;
  const from = to - n * width;
  const counts = readBucketCounts({ db, serviceId, from, to, width });
  const band = readExpectedBand({ db, serviceId, from, to, bucketMs: width });
  const buckets: SeriesBucketPoint[] = [];
  for (let t = from, i = 0; t < to; t += width, i++) {
    buckets.push({ t: new Date(t).toISOString(), count: counts.get(t) ?? 0, ...(band ? band[i] : {}) });
  }
  return { range: query.range, bucket: query.bucket, from, to, buckets };
}
