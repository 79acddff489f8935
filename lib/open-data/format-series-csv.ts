import { formatCsv } from "@/lib/formats/format-csv";
import type { SeriesBucketPoint } from "@/lib/charts/series-point";

/** A chart's numbers: one row per bucket (its start, UTC), reports counted, and the usual level and band. */
export function formatSeriesCsv(buckets: readonly SeriesBucketPoint[]): string {
  return formatCsv(
    ["bucket_start_utc", "reports", "expected", "usual_low", "usual_high"],
    buckets.map((b) => [b.t, b.count, b.expected, b.low, b.high]),
  );
}
