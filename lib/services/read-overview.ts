import { readCatalog, type Service } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { readVerdicts, SEVERITY, type ServiceVerdict } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { readVolumes, type Volume } from "@/lib/reports/read-volume";
import type { ReportStore } from "@/lib/reports/store/report-store";

export interface ServiceSummary extends Volume {
  slug: string;
  name: string;
  category: Service["category"];
  url: string;
  aliases: string[];
  status: ServiceVerdict | null;
}

function matches(service: Service, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [service.name, service.slug, ...service.aliases].some((s) => s.toLowerCase().includes(needle));
}

/** The catalog with live volumes and verdicts: most severe first, then busiest right now (ties keep popularity order); optional search and category filter. */
export async function readOverview({ catalog, reports, detection, now, q = "", category }: { catalog: CatalogStore; reports: ReportStore; detection: DetectionStore; now: number; q?: string; category?: string }): Promise<ServiceSummary[]> {
  const services = (await readCatalog(catalog)).list().filter((s) => matches(s, q) && (!category || s.category === category));
  const volumes = await readVolumes({ reports, services, now });
  const verdicts = await readVerdicts(detection);
  const severity = (s: ServiceSummary) => (s.status ? SEVERITY[s.status.status] : 0);
  return services
    .map((s) => ({ slug: s.slug, name: s.name, category: s.category, url: s.url, aliases: s.aliases, ...volumes.get(s.id)!, status: verdicts.get(s.id) ?? null }))
    .sort((a, b) => severity(b) - severity(a) || b.reportsLastHour - a.reportsLastHour || b.usualLastHour - a.usualLastHour);
}
