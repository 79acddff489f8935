import type { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-time";
import type { Messages } from "@/lib/i18n/messages";
import type { SeriesBucketPoint } from "@/lib/charts/series-point";

/** A translator for "client.chartText": the server's (getTranslator) or a client component's (useTranslations). */
export type ChartTextTranslator = ReturnType<typeof createTranslator<Messages, "client.chartText">>;

/**
 * The chart in one sentence, for screen readers where a data table does not fit (the widget), in the translator's
 * language; the peak's time in `timeZone` (the reader's once the browser has said it).
 */
export function describeChart(t: ChartTextTranslator, locale: Locale, timeZone: string, name: string, buckets: SeriesBucketPoint[], bucketLabel: string, rangeLabel: string): string {
  if (!buckets.length) return t("empty", { name });
  const peak = buckets.reduce((a, b) => (b.count > a.count ? b : a));
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const last = buckets[buckets.length - 1];
  const text = t("summary", { name, bucket: bucketLabel, range: rangeLabel, total, peak: peak.count, at: formatDateTime(locale, peak.t, timeZone), latest: last.count });
  return last.expected !== undefined ? `${text}${t("usual", { usual: Math.round(last.expected) })}` : text;
}
