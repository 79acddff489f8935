import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { readSeries, type Series } from "./read-series";
import { readServiceDetail, type ServiceDetail } from "./read-service-detail";

/** The service page's first render: the same detail and 24 h series its live panel then polls for. */
export function readServicePage({ db, slug, now }: { db: Db; slug: string; now: number }): { detail: ServiceDetail; series: Series } | undefined {
  const detail = readServiceDetail({ db, slug, now });
  if (!detail) return undefined;
  const service = findService(db, detail.service.slug)!;
  return { detail, series: readSeries({ db, serviceId: service.id, now, query: { range: "24h", bucket: "15m" } }) };
}
