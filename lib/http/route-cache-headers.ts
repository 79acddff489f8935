/**
 * Embeds are the same for every viewer: a CDN may keep them briefly and refresh them in the background (sent by
 * lib/server/handle-widget.ts, which answers them beside Next).
 */
export const EMBED_PAGE_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=300";

/**
 * The front page (lib/server/handle-home.ts) shows live counts and, at `/`, speaks the reader's language: no shared
 * cache may keep it, as Next sends its per-request pages.
 */
export const FRONT_PAGE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * Cache headers Next adds by route. The security headers (CSP with a per-response nonce, framing, referrer and
 * permissions policies) are set by the server for every response: see lib/http/security-headers.ts.
 */
export const ROUTE_CACHE_HEADERS: HeaderRule[] = [
  // The embed scripts change only with a deploy, yet host pages should pick up a fix within a day.
  { source: "/embed.js", headers: [{ key: "Cache-Control", value: "public, max-age=3600, stale-while-revalidate=86400" }, { key: "Access-Control-Allow-Origin", value: "*" }] },
  { source: "/embed-live.js", headers: [{ key: "Cache-Control", value: "public, max-age=3600, stale-while-revalidate=86400" }] },
];
