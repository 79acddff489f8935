import type { SeriesBucketPoint } from "@/lib/charts/series-point";

const hhmm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The chart in one sentence, for screen readers where a data table does not fit (the widget). */
export function describeChart(name: string, buckets: SeriesBucketPoint[], bucketLabel: string, rangeLabel: string): string {
  if (!buckets.length) return `No reports about ${name}.`;
  const peak = buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const last = buckets[buckets.length - 1];
  const usual = last.expected !== undefined ? ` The usual level now is about ${Math.round(last.expected)}.` : "";
  return (
    `Bar chart of reports about ${name} per ${bucketLabel}, ${rangeLabel}: ${total.toLocaleString("en")} in all, ` +
    `the most (${peak.count.toLocaleString("en")}) at ${hhmm(peak.t)}, ${last.count.toLocaleString("en")} in the latest.${usual}`
  );
}
