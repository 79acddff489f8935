import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { listIncidents } from "@/lib/incidents/read-incidents";
import { getStores } from "@/lib/stores/get-stores";
import { INCIDENT_PAGE_LIMIT, IncidentPageSchema } from "@/lib/incidents/schemas";
import { IncidentList } from "@/app/components/incident-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = (await readCatalog((await getStores()).catalog)).find((await params).slug.slice(0, 80));
  return service
    ? { title: `Past outages of ${service.name}`, alternates: { types: { "application/rss+xml": [{ url: `/status/${service.slug}/feed.xml`, title: `${service.name} outages (RSS)` }] } } }
    : { title: "Service not found" };
}

/** Every outage Downwire recorded for one service, newest first, a page at a time. */
export default async function ServiceIncidentsPage({ params, searchParams }: Props) {
  const slug = (await params).slug.slice(0, 80);
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug);
  if (!service) notFound();
  if (service.slug !== slug) permanentRedirect(`/status/${service.slug}/incidents`);
  const raw = await searchParams;
  const { before } = IncidentPageSchema.parse({ before: Array.isArray(raw.before) ? raw.before[0] : raw.before });
  const now = Date.now();
  const incidents = (await listIncidents({ ...stores, now, service: service.slug, limit: INCIDENT_PAGE_LIMIT, before })) ?? [];
  const older = incidents.length === INCIDENT_PAGE_LIMIT ? Date.parse(incidents[incidents.length - 1].startedAt) : null;
  return (
    <div className="stack">
      <p className="crumbs"><a href={`/status/${service.slug}`}>{service.name}</a> › Past outages</p>
      <h1>{`Past outages of ${service.name}`}</h1>
      <p className="muted">
        Outages the detector found in people’s reports, each with a permanent page to cite. Also as{" "}
        <a href={`/status/${service.slug}/feed.xml`}>RSS</a>, <a href={`/status/${service.slug}/feed.atom`}>Atom</a> and{" "}
        <a href={`/api/v1/incidents.csv?service=${service.slug}&limit=1000`} download>CSV</a>.
      </p>
      <IncidentList
        incidents={incidents}
        title={before ? "Older outages" : "Most recent first"}
        now={now}
        footer={
          <p className="small">
            {before && <><a href={`/status/${service.slug}/incidents`}>Newest</a>{older && " · "}</>}
            {older && <a href={`/status/${service.slug}/incidents?before=${older}`} rel="next">Older outages</a>}
          </p>
        }
      />
    </div>
  );
}
