"use client";

import { REPORTED_EVENT } from "@/lib/reports/describe-outcome";
import type { Series } from "@/lib/reports/read-series";
import type { ServiceDetail } from "@/lib/reports/read-service-detail";
import { ReportChart } from "./report-chart";
import { ShareBars } from "./share-bars";
import { usePolledJson } from "./use-polled-json";

export const POLL_MS = 30_000;

/** The live half of a service page: counts, chart and breakdowns, refreshed without a reload. */
export function LiveServicePanel({ initialSeries, initialDetail }: { initialSeries: Series; initialDetail: ServiceDetail }) {
  const slug = initialDetail.service.slug;
  const series = usePolledJson(`/api/v1/services/${slug}/series?range=24h&bucket=15m`, initialSeries, POLL_MS, REPORTED_EVENT);
  const detail = usePolledJson(`/api/v1/services/${slug}`, initialDetail, POLL_MS, REPORTED_EVENT);
  const { volume, breakdown } = detail;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="rate-h">
        <h2 id="rate-h">Recent reports</h2>
        <div className="stats" data-testid="stats">
          <div><strong data-testid="last-15m">{volume.reportsLast15m.toLocaleString("en")}</strong><span className="small muted">last 15 min</span></div>
          <div><strong data-testid="last-hour">{volume.reportsLastHour.toLocaleString("en")}</strong><span className="small muted">last hour</span></div>
          <div><strong>~{Math.round(volume.usualLastHour).toLocaleString("en")}</strong><span className="small muted">usual for this hour</span></div>
        </div>
      </section>
      <section className="card" aria-labelledby="chart-h">
        <h2 id="chart-h">Reports over the last 24 hours</h2>
        <ReportChart buckets={series.buckets} name={detail.service.name} />
      </section>
      <div className="service-layout" style={{ gridTemplateColumns: "1fr 1fr" }}>
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
  );
}
