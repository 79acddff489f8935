import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import { listCountries } from "@/lib/catalog/countries";
import { buildOembedDiscovery } from "@/lib/embeds/build-oembed";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { COUNTRY_HINT_HEADER } from "@/lib/privacy/config";
import { describeOutcome } from "@/lib/reports/describe-outcome";
import { cachedRead } from "@/lib/cache/read-cache";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { readServicePage } from "@/lib/services/read-service-page";
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
  const page = await readPage((await params).slug);
  if (!page) return { title: "Service not found" };
  const { name, slug } = page.detail.service;
  const origin = resolvePublicOrigin(await headers());
  const title = `${name} down? Live problem reports`;
  return {
    title,
    description: `Is ${name} down? Live user reports of problems with ${name} over the last 24 hours.`,
    metadataBase: new URL(origin),
    alternates: {
      canonical: `/status/${slug}`,
      types: {
        "application/json+oembed": [{ url: buildOembedDiscovery(origin, `/status/${slug}`), title }],
        "application/rss+xml": [{ url: `/status/${slug}/feed.xml`, title: `${name} outages (RSS)` }],
        "application/atom+xml": [{ url: `/status/${slug}/feed.atom`, title: `${name} outages (Atom)` }],
      },
    },
    twitter: { card: "summary_large_image" },
  };
}

// Metadata and page read the same data: one query per slug a second at most, however many visitors. The page a
// no-JavaScript reporter lands on after their report must show it, so it only reuses data nothing has changed since.
async function readPage(slug: string, afterReport = false) {
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug.slice(0, 80));
  if (!service) return undefined;
  const now = Date.now();
  return cachedRead(`service-page:${service.id}`, now, { serviceId: service.id }, () => readServicePage({ ...stores, slug: service.slug, now }), afterReport ? 0 : undefined);
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ServicePage({ params, searchParams }: Params) {
  const { slug } = await params;
  const q = await searchParams;
  const outcome = first(q.report);
  const now = Date.now();
  const page = await readPage(slug, outcome !== undefined);
  if (!page) notFound();
  const { detail, series } = page;
  const { service } = detail;
  if (service.slug !== slug) redirect(`/status/${service.slug}`);

  const initialMessage = outcome
    ? describeOutcome(service.name, outcome, Number(first(q.n)) || null, Number(first(q.retry)) || null)
    : null;
  const requestHeaders = await headers();
  const hint = requestHeaders.get(COUNTRY_HINT_HEADER) ?? "";
  const stores = await getStores();
  const wider = await cachedRead(`service-groups:${service.slug}`, now, "tick", () => readServiceCorrelation({ ...stores, slug: service.slug, now }));

  return (
    <div className="stack">
      <div className="service-head">
        <Monogram slug={service.slug} name={service.name} large />
        <div>
          <h1>{`${service.name} problems and outages`}</h1>
          <p className="muted small">
            {CATEGORY_LABELS[service.category]} · <a href={service.url} rel="noopener nofollow">{service.url.replace(/^https:\/\//, "")}</a>
            {service.aliases.length > 0 && <> · also known as {service.aliases.join(", ")}</>}
          </p>
        </div>
      </div>
      {wider.groups.map((g) => (
        <GroupPanel key={g.id} group={g} slug={service.slug} now={now} />
      ))}
      {wider.groups.length === 0 && wider.open && <LocalityNote locality={wider.open.locality} />}
      <LiveServicePanel initialSeries={series} initialDetail={detail}>
        <ReportForm
          slug={service.slug}
          name={service.name}
          problems={detail.problemTypes}
          countries={listCountries()}
          defaultCountry={hint}
          initialMessage={initialMessage}
        />
      </LiveServicePanel>
      <CountryMap
        src={`/status/${service.slug}/map.svg`}
        countries={detail.breakdown.countries}
        heading="Reports by country, last 24 hours"
        note={`${detail.breakdown.total.toLocaleString("en")} reports; country as chosen by the reporter or looked up offline from the address.`}
      />
      <IncidentList
        incidents={page.incidents}
        title={`Past outages of ${service.name}`}
        now={now}
        footer={<p className="small link-row"><a href={`/status/${service.slug}/incidents`}>All past outages of {service.name}</a> · <a href={`/status/${service.slug}/feed.xml`}>RSS</a></p>}
      />
      <EmbedPanel origin={resolvePublicOrigin(requestHeaders)} slug={service.slug} name={service.name} />
    </div>
  );
}
