import { z } from "zod";
import { HOUR_MS, MINUTE_MS } from "./config";

export const RANGE_MS = { "1h": HOUR_MS, "6h": 6 * HOUR_MS, "24h": 24 * HOUR_MS, "7d": 168 * HOUR_MS, "14d": 336 * HOUR_MS } as const;
export const BUCKET_MS = { "1m": MINUTE_MS, "5m": 5 * MINUTE_MS, "15m": 15 * MINUTE_MS, "1h": HOUR_MS } as const;
/** More points than this is not a chart anyone reads, and costs the server for nothing. */
export const MAX_BUCKETS = 2016;

export type SeriesRange = keyof typeof RANGE_MS;
export type SeriesBucket = keyof typeof BUCKET_MS;

export const SeriesQuerySchema = z
  .object({
    range: z.enum(Object.keys(RANGE_MS) as [SeriesRange, ...SeriesRange[]]).default("24h"),
    bucket: z.enum(Object.keys(BUCKET_MS) as [SeriesBucket, ...SeriesBucket[]]).default("15m"),
  })
  .refine((q) => RANGE_MS[q.range] / BUCKET_MS[q.bucket] <= MAX_BUCKETS, {
    message: `range/bucket would give more than ${MAX_BUCKETS} points; use a wider bucket`,
    path: ["bucket"],
  })
  .refine((q) => RANGE_MS[q.range] >= BUCKET_MS[q.bucket], { message: "bucket is wider than range", path: ["bucket"] });

export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;
