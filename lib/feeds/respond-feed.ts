import type { Db } from "@/db/client";
import { readRequestLocale } from "@/lib/i18n/request-locale";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { respondCached } from "@/lib/http/respond-cached";
import { respondError } from "@/lib/http/respond-json";
import { FEED_CACHE } from "./config";
import { readGroupFeed } from "./read-group-feed";
import { readIncidentFeed } from "./read-incident-feed";
import { renderAtom } from "./render-atom";
import { renderRss } from "./render-rss";

const FORMATS = {
  rss: { render: renderRss, type: "application/rss+xml; charset=utf-8" },
  atom: { render: renderAtom, type: "application/atom+xml; charset=utf-8" },
} as const;

/**
 * The one adapter the incident feed routes share: read in the request's language (/zh-CN/… feeds are Chinese),
 * render in the asked format, answer with cache headers.
 */
export function respondFeed({ request, db, now, format, service, country }: { request: Request; db: Db; now: number; format: keyof typeof FORMATS; service?: string; country?: string }): Response {
  const feed = readIncidentFeed({ db, now, origin: resolvePublicOrigin(request.headers), format, service, country, locale: readRequestLocale(request.headers) });
  if (!feed) return respondError(404, "unknown_service", `No service called "${service}".`);
  return respondCached(request, FORMATS[format].render(feed), FORMATS[format].type, FEED_CACHE);
}

/** The feed of outages across several services, in either format. */
export function respondGroupFeed({ request, db, now, format }: { request: Request; db: Db; now: number; format: keyof typeof FORMATS }): Response {
  const feed = readGroupFeed({ db, now, origin: resolvePublicOrigin(request.headers), format, locale: readRequestLocale(request.headers) });
  return respondCached(request, FORMATS[format].render(feed), FORMATS[format].type, FEED_CACHE);
}
