import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { MINUTE_MS } from "@/lib/reports/config";
import { readSharesBetween, type Breakdown } from "@/lib/reports/read-breakdown";
import type { ReportStore } from "@/lib/reports/store/report-store";
import type { Incident } from "./read-incidents";

/**
 * What and where people reported over the whole incident, every country included (the incident record keeps
 * the top five). Past minutes' rollups never change, so for a closed incident this is fixed.
 */
export async function readIncidentShares({ catalog, reports, incident, now }: { catalog: CatalogStore; reports: ReportStore; incident: Incident; now: number }): Promise<Omit<Breakdown, "windowHours">> {
  const service = (await readCatalog(catalog)).find(incident.service.slug);
  if (!service) return { total: 0, problems: [], countries: [] };
  const to = incident.endedAt ? Date.parse(incident.endedAt) + MINUTE_MS : Math.floor(now / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  return readSharesBetween({ reports, service, from: Date.parse(incident.startedAt), to });
}
