import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { labelCategory } from "@/lib/catalog/categories";
import { listCountries } from "@/lib/catalog/countries";
import { localizeCountryShares } from "@/lib/catalog/localize";
import { listProblems } from "@/lib/catalog/problems";
import { buildOembedDiscovery } from "@/lib/embeds/build-oembed";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { localeAlternates } from "@/lib/i18n/alternates";
import { formatNumber } from "@/lib/i18n/format-number";
import { joinPlain } from "@/lib/i18n/join-list";
import { localizePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { COUNTRY_HINT_HEADER } from "@/lib/privacy/config";
import { describeOutcome } from "@/lib/reports/describe-outcome";
import { cachedRead } from "@/lib/cache/read-cache";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { readServicePage } from "@/lib/services/read-service-page";
import { shareImages } from "@/lib/og/share-image-metadata";
import { getStores } from "@/lib/stores/get-stores";
import { LiveServicePanel } from "@/app/components/live-service-panel";
import { Monogram } from "@/app/components/monogram";
import { IncidentList } from "@/app/components/incident-list";
import { ReportForm } from "@/app/components/report-form";
import { EmbedPanel } from "@/app/components/embed-panel";
import { CountryMap } from "@/app/components/country-map";
import { GroupPanel } from "@/app/components/group-panel";
import { LocalityNote } from "@/app/components/locality-note";
import { readServiceCorrelation } from "@/lib/correlation/read-incident-correlation";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("servicePage");
  const page = await readPage((await params).slug, locale);
  if (!page) return { title: t("notFound") };
  const { slug } = page.detail.service;
  const name = page.name;
  const origin = resolvePublicOrigin(await headers());
  const path = `/status/${slug}`;
  const title = t("metaTitle", { name });
  return {
    title,
    description: t("metaDescription", { name }),
    metadataBase: new URL(origin),
    alternates: {
      ...localeAlternates(locale, path),
      types: {
        "application/json+oembed": [{ url: buildOembedDiscovery(origin, localizePath(locale, path)), title }],
        "application/rss+xml": [{ url: localizePath(locale, `${path}/feed.xml`), title: t("feedTitle", { name, format: "RSS" }) }],
        "application/atom+xml": [{ url: localizePath(locale, `${path}/feed.atom`), title: t("feedTitle", { name, format: "Atom" }) }],
      },
    },
    ...shareImages(locale, path, t("imageAlt")),
  };
}

// Metadata and page read the same data: one query per slug and language a second at most, however many visitors. The
// page a no-JavaScript reporter lands on after their report must show it, so it only reuses data nothing has changed since.
async function readPage(slug: string, locale: Locale, afterReport = false) {
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug.slice(0, 80));
  if (!service) return undefined;
  const now = Date.now();
  const page = await cachedRead(`service-page:${service.id}:${locale}`, now, { serviceId: service.id }, () => readServicePage({ ...stores, slug: service.slug, now, locale }), afterReport ? 0 : undefined);
  return page && { ...page, service, name: nameIn(service, locale) };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ServicePage({ params, searchParams }: Params) {
  const { slug } = await params;
  const q = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("servicePage");
  const outcome = first(q.report);
  const now = Date.now();
  const page = await readPage(slug, locale, outcome !== undefined);
  if (!page) notFound();
  const { detail, series, service, name } = page;
  if (service.slug !== slug) redirect(localizePath(locale, `/status/${service.slug}`));

  const initialMessage = outcome
    ? describeOutcome(getTranslator(locale, "client.outcome"), name, outcome, Number(first(q.n)) || null, Number(first(q.retry)) || null)
    : null;
  const requestHeaders = await headers();
  const hint = requestHeaders.get(COUNTRY_HINT_HEADER) ?? "";
  const stores = await getStores();
  const wider = await cachedRead(`service-groups:${service.slug}:${locale}`, now, "tick", () => readServiceCorrelation({ ...stores, slug: service.slug, now, locale }));
  const problems = listProblems(service.category, locale);
  const countryShares = localizeCountryShares(detail.breakdown.countries, locale);
  const href = (p: string) => localizePath(locale, p);
  const otherNames = [...new Set([...(locale === "en" ? [] : [service.name]), ...Object.values(service.names).filter((x) => x && x !== name), ...service.aliases])] as string[];
  const names = Object.fromEntries(LOCALES.map((l) => [l, nameIn(service, l)])) as Record<Locale, string>;

  return (
    <div className="stack">
      <div className="service-head">
        <Monogram slug={service.slug} name={name} large />
        <div>
          <h1>{t("heading", { name })}</h1>
          <p className="muted small">
            <a href={href(`/?category=${service.category}`)}>{labelCategory(service.category, locale)}</a> · <a href={service.url} rel="noopener nofollow">{service.url.replace(/^https:\/\//, "")}</a>
            {otherNames.length > 0 && <> · {t("alsoKnownAs", { names: joinPlain(locale, otherNames) })}</>}
          </p>
        </div>
      </div>
      {wider.groups.map((g) => (
        <GroupPanel key={g.id} group={g} slug={service.slug} now={now} />
      ))}
      {wider.groups.length === 0 && wider.open && <LocalityNote locality={wider.open.locality} />}
      <LiveServicePanel
        initialSeries={series}
        initialDetail={detail}
        displayName={name}
        problemLabels={Object.fromEntries(problems.map((p) => [p.id, p.label]))}
        countryLabels={Object.fromEntries(countryShares.map((c) => [c.id, c.label]))}
      >
        <ReportForm
          slug={service.slug}
          name={name}
          problems={problems}
          countries={listCountries(locale)}
          defaultCountry={hint}
          initialMessage={initialMessage}
        />
      </LiveServicePanel>
      <CountryMap
        src={`/status/${service.slug}/map.svg`}
        countries={countryShares}
        heading={t("mapHeading")}
        note={t("mapNote", { total: formatNumber(locale, detail.breakdown.total) })}
      />
      <IncidentList
        incidents={page.incidents.map((i) => localizeIncident(i, service, locale))}
        title={t("pastOutages", { name })}
        now={now}
        footer={<p className="small link-row"><a href={href(`/status/${service.slug}/incidents`)}>{t("allPastOutages", { name })}</a> · <a href={href(`/status/${service.slug}/feed.xml`)}>RSS</a></p>}
      />
      <EmbedPanel origin={resolvePublicOrigin(requestHeaders)} slug={service.slug} name={name} names={names} />
    </div>
  );
}
