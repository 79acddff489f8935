import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import { readRequestLocale } from "@/lib/i18n/request-locale";
import type { IncidentReadDeps } from "@/lib/incidents/read-incidents";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { respondCached } from "@/lib/http/respond-cached";
import { respondError } from "@/lib/http/respond-json";
import { FEED_CACHE } from "./config";
import { readGroupFeed } from "./read-group-feed";
import { readIncidentFeed } from "./read-incident-feed";
import { renderAtom } from "./render-atom";
import { renderRss } from "./render-rss";

/** The stores the feeds read. */
export type FeedDeps = IncidentReadDeps & { correlation: CorrelationStore };

const FORMATS = {
  rss: { render: renderRss, type: "application/rss+xml; charset=utf-8" },
  atom: { render: renderAtom, type: "application/atom+xml; charset=utf-8" },
} as const;

/**
 * The one adapter the incident feed routes share: read in the request's language (/zh-CN/… feeds are Chinese),
 * render in the asked format, answer with cache headers.
 */
export async function respondFeed({ request, stores, now, format, service, country }: { request: Request; stores: FeedDeps; now: number; format: keyof typeof FORMATS; service?: string; country?: string }): Promise<Response> {
  const feed = await readIncidentFeed({ ...stores, now, origin: resolvePublicOrigin(request.headers), format, service, country, locale: readRequestLocale(request.headers) });
  if (!feed) return respondError(404, "unknown_service", `No service called "${service}".`);
  return respondCached(request, FORMATS[format].render(feed), FORMATS[format].type, FEED_CACHE);
}

/** The feed of outages across several services, in either format. */
export async function respondGroupFeed({ request, stores, now, format }: { request: Request; stores: FeedDeps; now: number; format: keyof typeof FORMATS }): Promise<Response> {
  const feed = await readGroupFeed({ ...stores, now, origin: resolvePublicOrigin(request.headers), format, locale: readRequestLocale(request.headers) });
  return respondCached(request, FORMATS[format].render(feed), FORMATS[format].type, FEED_CACHE);
}
