import { listProblems, type ProblemType } from "@/lib/catalog/problems";
import { readCatalog, type Service } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { readVerdict, type ServiceVerdict } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { readBreakdown, type Breakdown } from "@/lib/reports/read-breakdown";
import { readVolumes, type Volume } from "@/lib/reports/read-volume";
import type { ReportStore } from "@/lib/reports/store/report-store";

export interface ServiceDetail {
  service: Omit<Service, "id" | "hidden" | "popularity" | "source">;
  problemTypes: readonly ProblemType[];
  volume: Volume;
  breakdown: Breakdown;
  /** The detector's latest verdict (null until its first tick), and the sentence that explains it. */
  status: ServiceVerdict | null;
  summary: string;
}

export interface ServiceReadDeps {
  catalog: CatalogStore;
  reports: ReportStore;
  detection: DetectionStore;
}

/** Everything the service page and `GET /api/v1/services/:slug` show; undefined for an unknown slug. */
export async function readServiceDetail({ slug, now, ...deps }: ServiceReadDeps & { slug: string; now: number }): Promise<ServiceDetail | undefined> {
  const service = (await readCatalog(deps.catalog)).find(slug);
  if (!service) return undefined;
  const { id: _id, hidden: _hidden, popularity: _p, source: _s, ...publicFields } = service;
  const status = await readVerdict(deps.detection, service.id);
  return {
    service: publicFields,
    problemTypes: listProblems(service.category),
    volume: (await readVolumes({ reports: deps.reports, services: [service], now })).get(service.id)!,
    breakdown: await readBreakdown({ reports: deps.reports, service, now }),
    status,
    summary: describeVerdict(service.name, status),
  };
}
