"use client";

import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format-number";
import { REPORTED_EVENT } from "@/lib/reports/describe-outcome";
import type { Series } from "@/lib/services/read-series";
import type { Share } from "@/lib/reports/read-breakdown";
import type { ServiceDetail } from "@/lib/services/read-service-detail";
import { ReportChart } from "./report-chart";
import { ShareBars } from "./share-bars";
import { VerdictCard } from "./verdict-card";
import { usePolledJson } from "./use-polled-json";

export const POLL_MS = 30_000;

const CHART_RANGES = {
  "24h": "range=24h&bucket=15m",
  "7d": "range=7d&bucket=1h",
} as const;
type ChartRange = keyof typeof CHART_RANGES;

/**
 * The live part of a service page: verdict, counts, chart and breakdowns, refreshed without a reload. The API's
 * labels are English: in another language the verdict sentence comes translated (?lang=), problems are relabelled
 * from `problemLabels` (by id), countries from `countryLabels` (the server's names for the first render, so
 * hydration matches whatever the browser's own Intl data says) and by the browser's Intl for countries that appear later.
 */
export function LiveServicePanel({ initialSeries, initialDetail, displayName, problemLabels, countryLabels, children }: { initialSeries: Series; initialDetail: ServiceDetail; displayName: string; problemLabels: Record<string, string>; countryLabels: Record<string, string>; children: React.ReactNode }) {
  const t = useTranslations("client.live");
  const tr = useTranslations("client.ranges");
  const locale = useLocale();
  const slug = initialDetail.service.slug;
  const lang = locale === DEFAULT_LOCALE ? "" : `lang=${locale}`;
  const [range, setRange] = useState<ChartRange>("24h");
  const series = usePolledJson(`/api/v1/services/${slug}/series?${CHART_RANGES[range]}`, initialSeries, POLL_MS, REPORTED_EVENT);
  const detail = usePolledJson(`/api/v1/services/${slug}${lang ? `?${lang}` : ""}`, initialDetail, POLL_MS, REPORTED_EVENT);
  const { volume, breakdown } = detail;
  const regions = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale]);
  const problems = breakdown.problems.map((s): Share => ({ ...s, label: problemLabels[s.id] ?? s.label }));
  const countries = breakdown.countries.slice(0, 8).map((s): Share => ({ ...s, label: countryLabels[s.id] ?? (s.id ? (regions.of(s.id) ?? s.id) : t("unknownCountry")) }));
  const n = (x: number) => formatNumber(locale, x);
  return (
    <div className="stack">
      <VerdictCard status={detail.status} summary={detail.summary} officialSummary={detail.officialSummary} officialUrl={detail.official?.source.url} />
      <div className="service-layout">
        <div className="report-side">{children}</div>
        <div className="live-main stack">
          <section className="card" aria-labelledby="rate-h">
            <h2 id="rate-h">{t("recent")}</h2>
            <div className="stats" data-testid="stats">
              <div><strong data-testid="last-15m">{n(volume.reportsLast15m)}</strong><span className="small muted">{t("last15m")}</span></div>
              <div><strong data-testid="last-hour">{n(volume.reportsLastHour)}</strong><span className="small muted">{t("lastHour")}</span></div>
              <div><strong>~{n(Math.round(volume.usualLastHour))}</strong><span className="small muted">{t("usualHour")}</span></div>
            </div>
          </section>
          <section className="card" aria-labelledby="chart-h">
            <div className="chart-head">
              <h2 id="chart-h">{t("chartHeading", { range: tr(range) })}</h2>
              <div role="group" aria-label={t("chartRange")} className="toggle">
                {(Object.keys(CHART_RANGES) as ChartRange[]).map((r) => (
                  <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>{tr(`short_${r}`)}</button>
                ))}
              </div>
            </div>
            <ReportChart buckets={series.buckets} name={displayName} bucket={series.bucket === "1h" ? "1h" : "15m"} rangeLabel={tr(`last_${range}`)} officialSpans={detail.officialSpans} />
          </section>
          <div className="pair">
            <section className="card" aria-labelledby="problems-h">
              <h2 id="problems-h">{t("problems")}</h2>
              <ShareBars shares={problems} empty={t("noReports")} testId="problems" />
            </section>
            <section className="card" aria-labelledby="countries-h">
              <h2 id="countries-h">{t("countries")}</h2>
              <ShareBars shares={countries} empty={t("noReports")} testId="countries" />
            </section>
          </div>
          <p className="muted small">{t("sharesNote", { hours: breakdown.windowHours, total: breakdown.total })}</p>
        </div>
      </div>
    </div>
  );
}
