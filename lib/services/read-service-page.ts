import { readCatalog } from "@/lib/catalog/read-catalog";
import type { Locale } from "@/lib/i18n/config";
import { listIncidents, type Incident } from "@/lib/incidents/read-incidents";
import { readSeries, type Series } from "./read-series";
import { readServiceDetail, type ServiceDetail, type ServiceReadDeps } from "./read-service-detail";

/** The service page's first render: the detail and 24 h series its live panel then polls for, and past incidents. */
export async function readServicePage({ slug, now, locale, ...deps }: ServiceReadDeps & { slug: string; now: number; locale?: Locale }): Promise<{ detail: ServiceDetail; series: Series; incidents: Incident[] } | undefined> {
  const detail = await readServiceDetail({ ...deps, slug, now, locale });
  if (!detail) return undefined;
  const service = (await readCatalog(deps.catalog)).find(detail.service.slug)!;
  return {
    detail,
    series: await readSeries({ ...deps, serviceId: service.id, now, query: { range: "24h", bucket: "15m" } }),
    incidents: (await listIncidents({ ...deps, now, service: service.slug, limit: 10 })) ?? [],
  };
}
