import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import { listCountries } from "@/lib/catalog/countries";
import { COUNTRY_HINT_HEADER } from "@/lib/privacy/config";
import { describeOutcome } from "@/lib/reports/describe-outcome";
import { cachedRead } from "@/lib/cache/read-cache";
import { findService } from "@/lib/catalog/read-catalog";
import { readServicePage } from "@/lib/reports/read-service-page";
import { LiveServicePanel } from "../../components/live-service-panel";
import { Monogram } from "../../components/monogram";
import { IncidentList } from "../../components/incident-list";
import { ReportForm } from "../../components/report-form";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = readPage((await params).slug);
  if (!page) return { title: "Service not found" };
  const name = page.detail.service.name;
  return { title: `${name} down? Live problem reports`, description: `Is ${name} down? Live user reports of problems with ${name} over the last 24 hours.` };
}

// Metadata and page read the same data: one query per slug a second at most, however many visitors. The page a
// no-JavaScript reporter lands on after their report must show it, so it only reuses data nothing has changed since.
function readPage(slug: string, afterReport = false) {
  const db = getDb();
  const service = findService(db, slug.slice(0, 80));
  if (!service) return undefined;
  const now = Date.now();
  return cachedRead(`service-page:${service.id}`, now, { serviceId: service.id }, () => readServicePage({ db, slug: service.slug, now }), afterReport ? 0 : undefined);
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ServicePage({ params, searchParams }: Params) {
  const { slug } = await params;
  const q = await searchParams;
  const outcome = first(q.report);
  const page = readPage(slug, outcome !== undefined);
  if (!page) notFound();
  const { detail, series } = page;
  const { service } = detail;
  if (service.slug !== slug) redirect(`/status/${service.slug}`);

  const initialMessage = outcome
    ? describeOutcome(service.name, outcome, Number(first(q.n)) || null, Number(first(q.retry)) || null)
    : null;
  const hint = (await headers()).get(COUNTRY_HINT_HEADER) ?? "";

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
      <IncidentList incidents={page.incidents} title={`Past outages of ${service.name}`} />
    </div>
  );
}
