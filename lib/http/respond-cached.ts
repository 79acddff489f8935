import { CORS_HEADERS, etagMatches, formatCacheControl, makeEtag, type CachePolicy } from "./respond-json";

/** Slow-changing public documents: closed incidents, share images, feeds of past events. */
export const ARCHIVE_CACHE: CachePolicy = { maxAge: 300, staleWhileRevalidate: 3600 };

/**
 * A public, CORS-open answer of any type (SVG, XML, CSV, PNG) with the same ETag/304 and Cache-Control as the
 * JSON API, so a CDN in front can absorb embed and feed traffic.
 */
export function respondCached(
  request: { headers: { get(name: string): string | null } },
  body: string | Uint8Array,
  contentType: string,
  policy: CachePolicy,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = makeEtag(body);
  const headers = { ...CORS_HEADERS, ETag: etag, "Cache-Control": formatCacheControl(policy), Vary: "Accept-Encoding", ...extraHeaders };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { status: 200, headers: { ...headers, "Content-Type": contentType } });
}
