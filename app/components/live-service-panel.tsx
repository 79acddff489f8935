"use client";

import { useState } from "react";
import { REPORTED_EVENT } from "@/lib/reports/describe-outcome";
import type { Series } from "@/lib/services/read-series";
import type { ServiceDetail } from "@/lib/services/read-service-detail";
import { ReportChart } from "./report-chart";
import { ShareBars } from "./share-bars";
import { VerdictCard } from "./verdict-card";
import { usePolledJson } from "./use-polled-json";

export const POLL_MS = 30_000;

const CHART_RANGES = {
  "24h": { query: "range=24h&bucket=15m", label: "24 hours" },
  "7d": { query: "range=7d&bucket=1h", label: "7 days" },
} as const;
type ChartRange = keyof typeof CHART_RANGES;

/** The live part of a service page: verdict, counts, chart and breakdowns, refreshed without a reload. */
export function LiveServicePanel({ initialSeries, initialDetail, children }: { initialSeries: Series; initialDetail: ServiceDetail; children: React.ReactNode }) {
  const slug = initialDetail.service.slug;
  const [range, setRange] = useState<ChartRange>("24h");
  const series = usePolledJson(`/api/v1/services/${slug}/series?${CHART_RANGES[range].query}`, initialSeries, POLL_MS, REPORTED_EVENT);
  const detail = usePolledJson(`/api/v1/services/${slug}`, initialDetail, POLL_MS, REPORTED_EVENT);
  const { volume, breakdown } = detail;
  return (
    <div className="stack">
      <VerdictCard status={detail.status} summary={detail.summary} officialSummary={detail.officialSummary} officialUrl={detail.official?.source.url} />
      <div className="service-layout">
        <div className="report-side">{children}</div>
        <div className="live-main stack">
      <section className="card" aria-labelledby="rate-h">
        <h2 id="rate-h">Recent reports</h2>
        <div className="stats" data-testid="stats">
          <div><strong data-testid="last-15m">{volume.reportsLast15m.toLocaleString("en")}</strong><span className="small muted">last 15 min</span></div>
          <div><strong data-testid="last-hour">{volume.reportsLastHour.toLocaleString("en")}</strong><span className="small muted">last hour</span></div>
          <div><strong>~{Math.round(volume.usualLastHour).toLocaleString("en")}</strong><span className="small muted">usual for this hour</span></div>
        </div>
      </section>
      <section className="card" aria-labelledby="chart-h">
        <div className="chart-head">
          <h2 id="chart-h">Reports over the last {CHART_RANGES[range].label}</h2>
          <div role="group" aria-label="Chart range" className="toggle">
            {(Object.keys(CHART_RANGES) as ChartRange[]).map((r) => (
              <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>{r}</button>
            ))}
          </div>
        </div>
        <ReportChart buckets={series.buckets} name={detail.service.name} bucketLabel={series.bucket === "1h" ? "hour" : "15 minutes"} rangeLabel={`last ${CHART_RANGES[range].label}`} officialSpans={detail.officialSpans} />
      </section>
      <div className="pair">
        <section className="card" aria-labelledby="problems-h">
          <h2 id="problems-h">Most reported problems</h2>
          <ShareBars shares={breakdown.problems} empty="No reports in the last 24 hours." testId="problems" />
        </section>
        <section className="card" aria-labelledby="countries-h">
          <h2 id="countries-h">Reports by country</h2>
          <ShareBars shares={breakdown.countries.slice(0, 8)} empty="No reports in the last 24 hours." testId="countries" />
        </section>
      </div>
      <p className="muted small">Shares over the last {breakdown.windowHours} hours ({breakdown.total.toLocaleString("en")} reports). Updates every 30 seconds.</p>
        </div>
      </div>
    </div>
  );
}
