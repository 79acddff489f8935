import { readCatalog, type Service } from "@/lib/catalog/read-catalog";
import { searchServices } from "@/lib/catalog/search-services";
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
  /** Names in other languages ({"zh-CN":"微信"}). */
  names: Service["names"];
  aliases: string[];
  markets: string[];
  status: ServiceVerdict | null;
}

/**
 * The catalog with live volumes and verdicts: most severe first, then busiest right now (ties keep popularity order);
 * optional search (best match first: see lib/catalog/search-services.ts) and category filter.
 */
export async function readOverview({ catalog, reports, detection, now, q = "", category }: { catalog: CatalogStore; reports: ReportStore; detection: DetectionStore; now: number; q?: string; category?: string }): Promise<ServiceSummary[]> {
  const known = await readCatalog(catalog);
  const ranks = searchServices(known.all, known.list(), q);
  const services = known.list().filter((s) => ranks.has(s.id) && (!category || s.category === category));
  const volumes = await readVolumes({ reports, services, now });
  const verdicts = await readVerdicts(detection);
  const severity = (s: ServiceSummary) => (s.status ? SEVERITY[s.status.status] : 0);
  const rank = new Map(services.map((s) => [s.slug, ranks.get(s.id)!]));
  return services
    .map((s) => ({ slug: s.slug, name: s.name, names: s.names, category: s.category, url: s.url, aliases: s.aliases, markets: s.markets, ...volumes.get(s.id)!, status: verdicts.get(s.id) ?? null }))
    .sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)! || severity(b) - severity(a) || b.reportsLastHour - a.reportsLastHour || b.usualLastHour - a.usualLastHour);
}
