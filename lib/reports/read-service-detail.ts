import type { Db } from "@/db/client";
import { listProblems, type ProblemType } from "@/lib/catalog/problems";
import { findService, nameIn, type Service } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { readVerdict, type ServiceVerdict } from "@/lib/detection/read-status";
import { readBreakdown, type Breakdown } from "./read-breakdown";
import { readVolumes, type Volume } from "./read-volume";

export interface ServiceDetail {
  service: Omit<Service, "id" | "hidden" | "popularity" | "source">;
  problemTypes: readonly ProblemType[];
  volume: Volume;
  breakdown: Breakdown;
  /** The detector's latest verdict (null until its first tick), and the sentence that explains it. */
  status: ServiceVerdict | null;
  summary: string;
}

/** Everything the service page and `GET /api/v1/services/:slug` show, its sentence in `locale`; undefined for an unknown slug. */
export function readServiceDetail({ db, slug, now, locale = DEFAULT_LOCALE }: { db: Db; slug: string; now: number; locale?: Locale }): ServiceDetail | undefined {
  const service = findService(db, slug);
  if (!service) return undefined;
  const { id: _id, hidden: _hidden, popularity: _p, source: _s, ...publicFields } = service;
  return {
    service: publicFields,
    problemTypes: listProblems(service.category),
    volume: readVolumes({ db, services: [service], now }).get(service.id)!,
    breakdown: readBreakdown({ db, service, now }),
    status: readVerdict(db, service.id),
    summary: describeVerdict(nameIn(service, locale), readVerdict(db, service.id), locale),
  };
}
