import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { localizeCountryShares, localizeProblemShares } from "@/lib/catalog/localize";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { buildIframeCode } from "@/lib/embeds/build-embed-code";
import { buildOembedDiscovery } from "@/lib/embeds/build-oembed";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { localeAlternates } from "@/lib/i18n/alternates";
import { formatDateTime, formatDay } from "@/lib/i18n/format-time";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizePath } from "@/lib/i18n/paths";
import { summarizeIncident, titleIncident } from "@/lib/incidents/describe-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { readIncidentShares } from "@/lib/incidents/read-incident-shares";
import { pickHighlight } from "@/lib/incidents/pick-highlight";
import { shareImages } from "@/lib/og/share-image-metadata";
import { CountryMap } from "@/app/components/country-map";
import { GroupPanel } from "@/app/components/group-panel";
import { LocalityNote } from "@/app/components/locality-note";
import { readIncidentCorrelation } from "@/lib/correlation/read-incident-correlation";
import { IncidentFacts } from "@/app/components/incident-facts";
import { ReportChart } from "@/app/components/report-chart";
import { ShareBars } from "@/app/components/share-bars";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }> };

async function load(params: Props["params"], locale: Locale) {
  const parsed = IncidentParamsSchema.safeParse(await params);
  if (!parsed.success) return null;
  const now = Date.now();
  const stores = await getStores();
  const detail = await readIncident({ ...stores, id: parsed.data.id, now });
  if (!detail) return null;
  const service = (await readCatalog(stores.catalog)).find(detail.incident.service.slug);
  return { ...detail, incident: localizeIncident(detail.incident, service, locale), service, now, slug: parsed.data.slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("incidentPage");
  const data = await load(params, locale);
  if (!data) return { title: t("notFound") };
  const { incident, now } = data;
  const origin = resolvePublicOrigin(await headers());
  const path = `/status/${incident.service.slug}/incidents/${incident.id}`;
  const title = titleIncident(incident, now, locale);
  return {
    title,
    description: summarizeIncident(incident, now, locale),
    metadataBase: new URL(origin),
    alternates: { ...localeAlternates(locale, path), types: { "application/json+oembed": [{ url: buildOembedDiscovery(origin, localizePath(locale, path)), title }] } },
    ...shareImages(locale, path, t("imageAlt")),
  };
}

/** The permanent, citable page of one outage: its numbers, its frozen chart, what and where people reported. */
export default async function IncidentPage({ params }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("incidentPage");
  const data = await load(params, locale);
  if (!data) notFound();
  const { incident: i, chart, now, service } = data;
  const href = (p: string) => localizePath(locale, p);
  const canonical = `/status/${i.service.slug}/incidents/${i.id}`;
  const path = href(canonical);
  if (data.slug !== i.service.slug) permanentRedirect(path);
  const origin = resolvePublicOrigin(await headers());
  const title = titleIncident(i, now, locale);
  const stores = await getStores();
  const raw = await readIncidentShares({ ...stores, incident: i, now });
  const shares = { ...raw, problems: service ? localizeProblemShares(raw.problems, service.category, locale) : raw.problems, countries: localizeCountryShares(raw.countries, locale) };
  const highlight = pickHighlight(chart, i);
  const correlation = await readIncidentCorrelation({ ...stores, incidentId: i.id, now, locale });
  const bucket = chart.bucket === "1h" ? "1h" : chart.bucket === "15m" ? "15m" : "5m";
  const zone = DEFAULT_TIME_ZONE[locale];
  const at = (iso: string) => formatDateTime(locale, iso, zone);
  return (
    <article className="stack" data-testid="incident-page">
      <div>
        <p className="crumbs"><a href={href(`/status/${i.service.slug}`)}>{i.service.name}</a> › <a href={href(`/status/${i.service.slug}/incidents`)}>{t("pastOutages")}</a> › #{i.id}</p>
        <h1>{title}</h1>
        <span className={`chip ${i.open ? "chip-outage" : "chip-ok"}`}>{i.open ? t("ongoing") : t("ended")}</span>
      </div>
      <section className="card stack" aria-labelledby="summary-h">
        <h2 id="summary-h">{t("whatHappened")}</h2>
        <p data-testid="incident-summary">{summarizeIncident(i, now, locale)}</p>
        {correlation && <LocalityNote locality={correlation.locality} />}
        <IncidentFacts incident={i} now={now} />
      </section>
      {correlation?.group && <GroupPanel group={correlation.group} slug={i.service.slug} now={now} />}
      <section className="card" aria-labelledby="chart-h">
        <h2 id="chart-h">{t("chartHeading")}</h2>
        <ReportChart buckets={chart.buckets} name={i.service.name} bucket={bucket} rangeLabel={t("chartRange", { from: at(chart.from), to: at(chart.to) })} highlight={highlight} />
        <p className="small muted">{chart.frozen ? t("frozen") : t("notFrozen")}</p>
      </section>
      <div className="pair">
        <section className="card" aria-labelledby="problems-h">
          <h2 id="problems-h">{t("problems")}</h2>
          <ShareBars shares={shares.problems} empty={t("noReports")} testId="problems" />
        </section>
        <section className="card" aria-labelledby="countries-h">
          <h2 id="countries-h">{t("countries")}</h2>
          <ShareBars shares={shares.countries.slice(0, 8)} empty={t("noReports")} testId="countries" />
        </section>
      </div>
      <CountryMap
        src={`${canonical}/map.svg`}
        countries={shares.countries}
        heading={t("mapHeading")}
        note={i.endedAt ? t("mapNote", { total: formatNumber(locale, shares.total), from: at(i.startedAt), to: at(i.endedAt) }) : t("mapNoteOpen", { total: formatNumber(locale, shares.total), from: at(i.startedAt) })}
      />
      <section className="card stack" aria-labelledby="cite-h" data-testid="cite">
        <h2 id="cite-h">{t("citeHeading")}</h2>
        <p className="small">{t("citeIntro")}</p>
        <p className="cite"><a href={origin + path}>{origin + path}</a></p>
        <p className="cite" data-testid="citation">{t("citation", { title, url: origin + path, date: formatDay(locale, now, "UTC") })}</p>
        <label htmlFor="incident-iframe" className="small">{t("embedChart")}</label>
        <textarea id="incident-iframe" readOnly rows={3} className="code" value={buildIframeCode({ origin, target: { slug: i.service.slug, incidentId: i.id }, title, options: { lang: locale } })} />
        <p className="small">
          <a href={`/api/v1/incidents/${i.id}${locale === "en" ? "" : `?lang=${locale}`}`}>JSON</a> · <a href={`/api/v1/incidents/${i.id}/series.csv`} download>{t("chartCsv")}</a> ·{" "}
          <a href={href(`/status/${i.service.slug}/feed.xml`)}>{t("feed")}</a>
        </p>
      </section>
    </article>
  );
}
