"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SeriesBucketPoint } from "@/lib/charts/series-point";
import type { OfficialSpan } from "@/lib/official-status/read-official";
import { formatDateTime, nameTimeZone } from "@/lib/i18n/format-time";
import type { SeriesBucket } from "@/lib/reports/series-params";
import { BarChartSvg, visibleSpans } from "./bar-chart-svg";
import { useReaderZone } from "./use-reader-zone";

export interface ChartHighlight {
  /** ISO bucket starts of the first and last highlighted bucket (an incident's span). */
  from: string;
  to: string;
}

/**
 * Reports per bucket as bars, with the same numbers as a table for screen readers and no-JS readers; times in the
 * reader's zone. Plain SVG (the widget's chart): a chart library cost the service page about 130 KB of script and
 * most of its blocking time.
 */
export function ReportChart({ buckets, name, bucket, rangeLabel, highlight, officialSpans = [] }: { buckets: SeriesBucketPoint[]; name: string; bucket: SeriesBucket; rangeLabel: string; highlight?: ChartHighlight; officialSpans?: OfficialSpan[] }) {
  const shown = visibleSpans(buckets, officialSpans);
  const t = useTranslations("client.chart");
  const tb = useTranslations("client.buckets");
  const locale = useLocale();
  const zone = useReaderZone();
  const zoneName = nameTimeZone(locale, zone, buckets[0]?.t ?? 0);
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const hasBand = buckets.some((b) => b.expected !== undefined);
  const last = buckets[buckets.length - 1]?.count ?? 0;
  return (
    <figure style={{ margin: 0 }} data-testid="report-chart" data-total={total} data-last={last}>
      <div className="chart-box">
        <BarChartSvg buckets={buckets} wide={bucket === "1h"} highlight={highlight} officialSpans={shown} />
      </div>
      <figcaption className="muted small">
        {`${t("caption", { name, bucket: tb(bucket), range: rangeLabel, zone: zoneName })}${hasBand ? t("captionBand") : ""}${t("caveat")}`}
        {shown.length > 0 && (
          <span data-testid="official-spans">
            {` ${t("officialSpans", { name, list: shown.map((s) => `${s.name} (${formatDateTime(locale, s.from, zone, false)} – ${s.to ? formatDateTime(locale, s.to, zone, false) : t("ongoing")})`).join("; ") })}`}
          </span>
        )}
      </figcaption>
      <details>
        <summary className="small">{t("asTable")}</summary>
        <table>
          <thead>
            <tr><th scope="col">{t("time", { zone: zoneName })}</th><th scope="col" className="num">{t("reports")}</th><th scope="col" className="num">{t("expected")}</th></tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.t}><td><time dateTime={b.t}>{formatDateTime(locale, b.t, zone, false)}</time></td><td className="num">{b.count}</td><td className="num">{b.expected ?? "–"}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
