import { listProblems, type ProblemType } from "@/lib/catalog/problems";
import { nameIn, readCatalog, type Service } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { readVerdict, type ServiceVerdict } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { readEnv } from "@/lib/config/env";
import { describeOfficial } from "@/lib/official-status/describe-official";
import type { OfficialView } from "@/lib/official-status/official-view";
import { readPollConfig } from "@/lib/official-status/poll/poll-config";
import { readOfficialSpans, readOfficialView, type OfficialSpan } from "@/lib/official-status/read-official";
import type { OfficialStatusStore } from "@/lib/official-status/store/official-status-store";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { readBreakdown, type Breakdown } from "@/lib/reports/read-breakdown";
import { readVolumes, type Volume } from "@/lib/reports/read-volume";
import type { ReportStore } from "@/lib/reports/store/report-store";

export interface ServiceDetail {
  service: Omit<Service, "id" | "hidden" | "popularity" | "source" | "officialStatus">;
  problemTypes: readonly ProblemType[];
  volume: Volume;
  breakdown: Breakdown;
  /** The detector's latest verdict (null until its first tick), and the sentence that explains it. */
  status: ServiceVerdict | null;
  summary: string;
  /** The vendor's own status page, read by the poller; null when the service names no source (README "Official status"). */
  official: OfficialView | null;
  /** The official line beside the crowd's verdict ("Users report an outage; GitHub's status page says: …"); null without a source. */
  officialSummary: string | null;
  /** The vendor's incidents of the last 8 days, marked on the chart (empty without a source). */
  officialSpans: OfficialSpan[];
}

export interface ServiceReadDeps {
  catalog: CatalogStore;
  reports: ReportStore;
  detection: DetectionStore;
  official: OfficialStatusStore;
}

/** Everything the service page and `GET /api/v1/services/:slug` show, its sentence in `locale`; undefined for an unknown slug. */
export async function readServiceDetail({ slug, now, locale = DEFAULT_LOCALE, ...deps }: ServiceReadDeps & { slug: string; now: number; locale?: Locale }): Promise<ServiceDetail | undefined> {
  const service = (await readCatalog(deps.catalog)).find(slug);
  if (!service) return undefined;
  const { id: _id, hidden: _hidden, popularity: _p, source: _s, officialStatus: _o, ...publicFields } = service;
  const status = await readVerdict(deps.detection, service.id);
  // Staleness by age is judged against the poll interval (a reading three intervals old is stale).
  const official = await readOfficialView({ official: deps.official, serviceId: service.id, source: service.officialStatus, now, intervalMs: readPollConfig(readEnv()).intervalMs });
  return {
    service: publicFields,
    problemTypes: listProblems(service.category),
    volume: (await readVolumes({ reports: deps.reports, services: [service], now })).get(service.id)!,
    breakdown: await readBreakdown({ reports: deps.reports, service, now }),
    status,
    summary: describeVerdict(nameIn(service, locale), status, locale),
    official,
    officialSummary: describeOfficial(nameIn(service, locale), status?.status ?? null, official, now, locale),
    officialSpans: official ? await readOfficialSpans({ official: deps.official, serviceId: service.id, now }) : [],
  };
}
