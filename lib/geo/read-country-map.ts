import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { readIncidentRow, type IncidentReadDeps } from "@/lib/incidents/read-incidents";
import { readIncidentShares } from "@/lib/incidents/read-incident-shares";
import { readBreakdown } from "@/lib/reports/read-breakdown";
import type { ReportStore } from "@/lib/reports/store/report-store";
import { renderWorldMap } from "./render-world-map";

/** The world map of a service's reports over the last 24 hours, as an SVG document; undefined for an unknown service. */
export async function readServiceMap({ catalog, reports, slug, now }: { catalog: CatalogStore; reports: ReportStore; slug: string; now: number }): Promise<string | undefined> {
  const service = (await readCatalog(catalog)).find(slug);
  if (!service) return undefined;
  const { countries, total } = await readBreakdown({ reports, service, now });
  return renderWorldMap({ countries, title: `Reports about ${service.name} by country, last 24 hours (${total.toLocaleString("en")} reports)` });
}

/** The world map of one incident's reports, every country, from its start to its end (or now). */
export async function readIncidentMap({ id, now, ...deps }: IncidentReadDeps & { id: number; now: number }): Promise<{ svg: string; open: boolean; slug: string } | undefined> {
  const row = await readIncidentRow({ ...deps, id, now });
  if (!row) return undefined;
  const { incident } = row;
  const { countries, total } = await readIncidentShares({ ...deps, incident, now });
  const title = `Reports about ${incident.service.name} by country during the outage of ${incident.startedAt.slice(0, 10)} (${total.toLocaleString("en")} reports)`;
  return { svg: renderWorldMap({ countries, title }), open: incident.open, slug: incident.service.slug };
}
