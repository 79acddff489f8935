import type { Db } from "@/db/client";
import { listProblems, type ProblemType } from "@/lib/catalog/problems";
import { findService, type Service } from "@/lib/catalog/read-catalog";
import { readBreakdown, type Breakdown } from "./read-breakdown";
import { readVolumes, type Volume } from "./read-volume";

export interface ServiceDetail {
  service: Omit<Service, "id" | "hidden" | "popularity">;
  problemTypes: readonly ProblemType[];
  volume: Volume;
  breakdown: Breakdown;
  /** Detection is not part of this release: no verdict is given rather than a guessed one. */
  status: null;
  statusNote: string;
}

export const NO_VERDICT_NOTE =
  "Automatic outage detection is not enabled in this version, so Downwire gives no status verdict. The chart shows raw report counts.";

/** Everything the service page and `GET /api/v1/services/:slug` show; undefined for an unknown slug. */
export function readServiceDetail({ db, slug, now }: { db: Db; slug: string; now: number }): ServiceDetail | undefined {
  const service = findService(db, slug);
  if (!service) return undefined;
  const { id: _id, hidden: _hidden, popularity: _p, ...publicFields } = service;
  return {
    service: publicFields,
    problemTypes: listProblems(service.category),
    volume: readVolumes({ db, services: [service], now }).get(service.id)!,
    breakdown: readBreakdown({ db, service, now }),
    status: null,
    statusNote: NO_VERDICT_NOTE,
  };
}
