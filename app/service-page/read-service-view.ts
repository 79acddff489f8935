import { z } from "zod";
import { cachedRead } from "@/lib/cache/read-cache";
import { localizeCountryShares } from "@/lib/catalog/localize";
import { listProblems, type ProblemType } from "@/lib/catalog/problems";
import { nameIn, readCatalog, type Service } from "@/lib/catalog/read-catalog";
import { readServiceCorrelation, type ServiceCorrelation } from "@/lib/correlation/read-incident-correlation";
import { isTimeZone } from "@/lib/embeds/embed-params";
import { DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import type { Incident } from "@/lib/incidents/read-incidents";
import type { Share } from "@/lib/reports/read-breakdown";
import { readSeries, type Series } from "@/lib/services/read-series";
import type { ServiceDetail } from "@/lib/services/read-service-detail";
import { readServicePage } from "@/lib/services/read-service-page";
import { getStores } from "@/lib/stores/get-stores";

/** The chart's two ranges and the bucket each is drawn in. */
export const CHART_RANGES = { "24h": "15m", "7d": "1h" } as const;
export type ChartRange = keyof typeof CHART_RANGES;

/**
 * The service page's query. Everything falls back rather than fails: a shared link with a stale or mangled option
 * still shows the page. `report`/`n`/`retry` carry a report's outcome back (the no-JS form's redirect, or the
 * page's script after it posted); `part=live` asks for the live parts alone; `tz` is the reader's zone.
 */
const ServiceQuerySchema = z.object({
  range: z.enum(["24h", "7d"]).catch("24h"),
  report: z.string().max(40).optional().catch(undefined),
  n: z.coerce.number().int().min(0).max(1e9).optional().catch(undefined),
  retry: z.coerce.number().int().min(1).max(86_400).optional().catch(undefined),
  part: z.enum(["live"]).optional().catch(undefined),
  tz: z.string().max(64).optional().catch(undefined),
});

export interface ServiceQuery {
  range: ChartRange;
  report?: string;
  n?: number;
  retry?: number;
  part?: "live";
  zone: string;
}

export function parseServiceQuery(search: URLSearchParams, locale: Locale): ServiceQuery {
  const { tz, ...rest } = ServiceQuerySchema.parse(Object.fromEntries(search));
  const zone = tz && tz !== "Etc/Unknown" && isTimeZone(tz) ? tz : DEFAULT_TIME_ZONE[locale];
  return { ...rest, zone };
}

export interface ServiceView {
  service: Service;
  /** The service's name in the page's language. */
  name: string;
  detail: ServiceDetail;
  /** The chart's series, in the range asked for. */
  series: Series;
  incidents: Incident[];
  wider: ServiceCorrelation;
  problems: readonly ProblemType[];
  countryShares: Share[];
}

export type ServiceLookup = { kind: "missing" } | { kind: "moved"; slug: string } | { kind: "page"; view: ServiceView };

/**
 * What a service page shows. Every read goes through the read cache, so a thousand readers polling cost a query a
 * second; right after a report (`query.report`) the page reads afresh, so the reporter sees their own report counted.
 */
export async function readServiceView({ slug, locale, query, now }: { slug: string; locale: Locale; query: ServiceQuery; now: number }): Promise<ServiceLookup> {
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug.slice(0, 80));
  if (!service) return { kind: "missing" };
  if (service.slug !== slug) return { kind: "moved", slug: service.slug };
  const fresh = query.report !== undefined ? 0 : undefined;
  const scope = { serviceId: service.id };
  const page = await cachedRead(`service-page:${service.id}:${locale}`, now, scope, () => readServicePage({ ...stores, slug: service.slug, now, locale }), fresh);
  if (!page) return { kind: "missing" };
  const series =
    query.range === "24h"
      ? page.series
      : await cachedRead(`service-series:${service.id}:7d`, now, scope, () => readSeries({ ...stores, serviceId: service.id, now, query: { range: "7d", bucket: CHART_RANGES["7d"] } }), fresh);
  const wider = await cachedRead(`service-groups:${service.slug}:${locale}`, now, "tick", () => readServiceCorrelation({ ...stores, slug: service.slug, now, locale }));
  return {
    kind: "page",
    view: {
      service,
      name: nameIn(service, locale),
      detail: page.detail,
      series,
      incidents: page.incidents.map((i) => localizeIncident(i, service, locale)),
      wider,
      problems: listProblems(service.category, locale),
      countryShares: localizeCountryShares(page.detail.breakdown.countries, locale),
    },
  };
}
