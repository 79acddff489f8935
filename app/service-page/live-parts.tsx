import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizePath } from "@/lib/i18n/paths";
import { CountryMap } from "@/app/components/country-map";
import { GroupPanel } from "@/app/components/group-panel";
import { IncidentList } from "@/app/components/incident-list";
import { LocalityNote } from "@/app/components/locality-note";
import { ReportChart } from "@/app/components/report-chart";
import { ShareBars } from "@/app/components/share-bars";
import { VerdictCard } from "@/app/components/verdict-card";
import { CHART_RANGES, type ChartRange, type ServiceView } from "./read-service-view";

/** The parts of a service page that change while it is open, by the id the page's script swaps them in by. */
export type LivePartId = "live-groups" | "live-verdict" | "live-main" | "live-map" | "live-past";

/** Every live part, rendered for the page and again (alone) for `?part=live`; `now` is the server's clock. */
export function liveParts(view: ServiceView, range: ChartRange, now: number): Record<LivePartId, React.ReactNode> {
  return {
    "live-groups": <WiderPicture view={view} now={now} />,
    "live-verdict": <VerdictCard status={view.detail.status} summary={view.detail.summary} officialSummary={view.detail.officialSummary} officialUrl={view.detail.official?.source.url} />,
    "live-main": <LiveMain view={view} range={range} />,
    "live-map": <LiveMap view={view} />,
    "live-past": <PastOutages view={view} now={now} />,
  };
}

function WiderPicture({ view, now }: { view: ServiceView; now: number }) {
  const { wider, service } = view;
  if (wider.groups.length === 0) return wider.open ? <LocalityNote locality={wider.open.locality} /> : null;
  return wider.groups.map((g) => <GroupPanel key={g.id} group={g} slug={service.slug} now={now} />);
}

/** Counts, the chart with its range switch (links, so it works without script too), and what people report where. */
function LiveMain({ view, range }: { view: ServiceView; range: ChartRange }) {
  const t = useTranslations("client.live");
  const tr = useTranslations("client.ranges");
  const locale = useLocale();
  const { volume, breakdown } = view.detail;
  const countries = view.countryShares.slice(0, 8);
  const problems = breakdown.problems.map((s) => ({ ...s, label: view.problems.find((p) => p.id === s.id)?.label ?? s.label }));
  const n = (x: number) => formatNumber(locale, x);
  return (
    <>
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
              <a key={r} href={`?range=${r}#chart-h`} data-range={r} aria-current={range === r ? "true" : undefined}>{tr(`short_${r}`)}</a>
            ))}
          </div>
        </div>
        <ReportChart buckets={view.series.buckets} name={view.name} bucket={CHART_RANGES[range]} rangeLabel={tr(`last_${range}`)} officialSpans={view.detail.officialSpans} />
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
    </>
  );
}

function LiveMap({ view }: { view: ServiceView }) {
  const t = useTranslations("servicePage");
  const locale = useLocale();
  return (
    <CountryMap
      src={`/status/${view.service.slug}/map.svg`}
      countries={view.countryShares}
      heading={t("mapHeading")}
      note={t("mapNote", { total: formatNumber(locale, view.detail.breakdown.total) })}
    />
  );
}

function PastOutages({ view, now }: { view: ServiceView; now: number }) {
  const t = useTranslations("servicePage");
  const locale = useLocale();
  const href = (p: string) => localizePath(locale, p);
  const { slug } = view.service;
  return (
    <IncidentList
      incidents={view.incidents}
      title={t("pastOutages", { name: view.name })}
      now={now}
      footer={<p className="small link-row"><a href={href(`/status/${slug}/incidents`)}>{t("allPastOutages", { name: view.name })}</a> · <a href={href(`/status/${slug}/feed.xml`)}>RSS</a></p>}
    />
  );
}
