import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cachedRead } from "@/lib/cache/read-cache";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { getStores } from "@/lib/stores/get-stores";
import { parseCountryCode, readCountryPage } from "@/lib/countries/read-country-page";
import type { Locale } from "@/lib/i18n/config";
import { localeAlternates } from "@/lib/i18n/alternates";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizePath } from "@/lib/i18n/paths";
import { nameCountry } from "@/lib/catalog/name-country";
import type { ServiceSummary } from "@/lib/services/read-overview";
import { IncidentList } from "@/app/components/incident-list";
import { Monogram } from "@/app/components/monogram";
import { GroupList } from "@/app/components/group-list";
import { TroubledServices } from "@/app/components/troubled-services";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("countryPage");
  const code = parseCountryCode((await params).code.slice(0, 8));
  if (!code) return { title: t("notFound") };
  const country = nameCountry(code, locale);
  const path = `/country/${code.toLowerCase()}`;
  return {
    title: t("title", { country }),
    description: t("description", { country }),
    alternates: {
      ...localeAlternates(locale, path),
      types: {
        "application/rss+xml": [{ url: localizePath(locale, `${path}/feed.xml`), title: t("feedTitle", { country, format: "RSS" }) }],
        "application/atom+xml": [{ url: localizePath(locale, `${path}/feed.atom`), title: t("feedTitle", { country, format: "Atom" }) }],
      },
    },
  };
}

async function ServiceRows({ services, locale }: { services: ServiceSummary[]; locale: Locale }) {
  const ts = await getTranslations("client.status");
  const t = await getTranslations("countryPage");
  return (
    <ul className="service-grid">
      {services.map((s) => {
        const tier = s.status?.status ?? "ok";
        const name = nameIn(s, locale);
        return (
          <li key={s.slug} data-testid="country-service" data-slug={s.slug}>
            {/* A plain link: service pages are served beside Next (lib/server/handle-service-page.ts), so the router has nothing to prefetch. */}
            <a href={localizePath(locale, `/status/${s.slug}`)} className="card service-card">
              <Monogram slug={s.slug} name={name} />
              <span>
                <span className="name">{name}</span> <span className={`chip chip-${tier}`}>{s.status ? ts(tier === "outage" ? "chipOutage" : tier) : ts("none")}</span>
                <br />
                <span className="volume">{t("volume", { count: s.reportsLastHour, usual: formatNumber(locale, Math.round(s.usualLastHour)) })}</span>
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** A country's edition: the services that matter there first with their verdicts, recent outages mostly reported from there, and its feed. */
export default async function CountryPage({ params }: Props) {
  const raw = (await params).code.slice(0, 8);
  const locale = await getLocale();
  const t = await getTranslations("countryPage");
  const code = parseCountryCode(raw);
  if (!code) notFound();
  const path = `/country/${code.toLowerCase()}`;
  if (raw !== code.toLowerCase()) permanentRedirect(localizePath(locale, path));
  const now = Date.now();
  const stores = await getStores();
  const page = await cachedRead(`country:${code}:${locale}`, now, "tick", () => readCountryPage({ ...stores, now, code, locale }));
  const catalog = await readCatalog(stores.catalog);
  const country = nameCountry(code, locale);
  const href = (p: string) => localizePath(locale, p);
  const troubled = page.market.filter((s) => s.status && s.status.status !== "ok");
  const incidents = page.incidents.map((i) => localizeIncident(i, catalog.find(i.service.slug), locale));
  return (
    <div className="stack" data-testid="country-page">
      <section>
        <p className="crumbs"><a href={href("/country")}>{t("crumb")}</a> › {country}</p>
        <h1>{t("title", { country })}</h1>
        <p className="muted">{t("intro", { country, days: page.lookbackDays })}</p>
      </section>
      <TroubledServices services={troubled} heading={t("withProblems", { count: troubled.length })} headingId="country-alerts-h" testId="country-alerts" locale={locale} />
      <section aria-labelledby="market-h" data-testid="country-market">
        <h2 id="market-h">{t("market", { country })}</h2>
        {page.market.length ? <ServiceRows services={page.market} locale={locale} /> : <p className="card">{t("noMarket", { country })}</p>}
      </section>
      {page.groups.length > 0 && (
        <section className="card stack" aria-labelledby="local-groups-h" data-testid="country-groups">
          <h2 id="local-groups-h">{t("localGroups", { country })}</h2>
          <GroupList groups={page.groups} locale={locale} className="group-list stack" />
        </section>
      )}
      <div data-testid="country-incidents">
        <IncidentList
          incidents={incidents}
          title={t("outages", { country, days: page.lookbackDays })}
          now={now}
          showService
          footer={
            <p className="small">
              {t("feedLine")} <a href={href(`${path}/feed.xml`)}>RSS</a> · <a href={href(`${path}/feed.atom`)}>Atom</a>
            </p>
          }
        />
      </div>
      {page.others.length > 0 && (
        <section aria-labelledby="others-h">
          <h2 id="others-h">{t("others")}</h2>
          <ServiceRows services={page.others} locale={locale} />
        </section>
      )}
    </div>
  );
}
