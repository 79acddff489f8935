import { readCatalog } from "@/lib/catalog/read-catalog";
import type { Locale } from "@/lib/i18n/config";
import { readSeries, type Series } from "@/lib/services/read-series";
import { readServiceDetail, type ServiceDetail, type ServiceReadDeps } from "@/lib/services/read-service-detail";
import { EMBED_RANGES, type EmbedRange } from "./config";

export interface EmbedData {
  detail: ServiceDetail;
  series: Series;
  /** When this was read (ISO): the widget's "updated" time until its first poll. */
  at: string;
}

/** What the live widget first renders, in the same shapes its polls of the JSON API return. */
export async function readEmbed({ slug, now, range, locale, ...deps }: ServiceReadDeps & { slug: string; now: number; range: EmbedRange; locale?: Locale }): Promise<EmbedData | undefined> {
  const detail = await readServiceDetail({ ...deps, slug, now, locale });
  if (!detail) return undefined;
  const service = (await readCatalog(deps.catalog)).find(detail.service.slug)!;
  const series = await readSeries({ ...deps, serviceId: service.id, now, query: EMBED_RANGES[range].query });
  return { detail, series, at: new Date(now).toISOString() };
}
