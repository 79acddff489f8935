import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { listIncidents, type Incident } from "@/lib/detection/read-incidents";
import { readSeries, type Series } from "./read-series";
import { readServiceDetail, type ServiceDetail } from "./read-service-detail";

/** The service page's first render: the detail and 24 h series its live panel then polls for, and past incidents. */
export function readServicePage({ db, slug, now, locale = DEFAULT_LOCALE }: { db: Db; slug: string; now: number; locale?: Locale }): { detail: ServiceDetail; series: Series; incidents: Incident[] } | undefined {
  const detail = readServiceDetail({ db, slug, now, locale });
  if (!detail) return undefined;
  const service = findService(db, detail.service.slug)!;
  return {
    detail,
    series: readSeries({ db, serviceId: service.id, now, query: { range: "24h", bucket: "15m" } }),
    incidents: listIncidents({ db, now, service: service.slug, limit: 10 }) ?? [],
  };
}
