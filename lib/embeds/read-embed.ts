import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { readSeries, type Series } from "@/lib/reports/read-series";
import { readServiceDetail, type ServiceDetail } from "@/lib/reports/read-service-detail";
import { EMBED_RANGES, type EmbedRange } from "./config";

export interface EmbedData {
  detail: ServiceDetail;
  series: Series;
  /** When this was read (ISO): the widget's "updated" time until its first poll. */
  at: string;
}

/** What the live widget first renders, in the same shapes its polls of the JSON API return. */
export function readEmbed({ db, slug, now, range, locale = DEFAULT_LOCALE }: { db: Db; slug: string; now: number; range: EmbedRange; locale?: Locale }): EmbedData | undefined {
  const detail = readServiceDetail({ db, slug, now, locale });
  if (!detail) return undefined;
  const service = findService(db, detail.service.slug)!;
  const series = readSeries({ db, serviceId: service.id, now, query: EMBED_RANGES[range].query });
  return { detail, series, at: new Date(now).toISOString() };
}
