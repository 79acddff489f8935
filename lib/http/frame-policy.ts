/**
 * Who may frame what. Embeds exist to be framed by any site; every other page is denied to stop clickjacking
 * (frame-ancestors for current browsers, X-Frame-Options for old ones). A page-wide CSP added later sits beside
 * these headers: browsers enforce every CSP header they receive.
 */
export const EMBED_FRAME_ANCESTORS = "frame-ancestors *";
export const SITE_FRAME_ANCESTORS = "frame-ancestors 'self'";

/** Embed pages are the same for every viewer: a CDN may keep them briefly and refresh them in the background. */
export const EMBED_PAGE_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=300";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

export const FRAME_HEADERS: HeaderRule[] = [
  {
    source: "/embed/:path*",
    headers: [
      { key: "Content-Security-Policy", value: EMBED_FRAME_ANCESTORS },
      { key: "Cache-Control", value: EMBED_PAGE_CACHE_CONTROL },
    ],
  },
  {
    // Everything except /embed/… (path-to-regexp with a negative lookahead).
    source: "/:path((?!embed/).*)",
    headers: [
      { key: "Content-Security-Policy", value: SITE_FRAME_ANCESTORS },
      { key: "X-Frame-Options", value: "DENY" },
    ],
  },
];

/** The embed script changes only with a deploy, yet host pages should pick up a fix within a day. */
export const STATIC_CACHE_HEADERS: HeaderRule[] = [
  { source: "/embed.js", headers: [{ key: "Cache-Control", value: "public, max-age=3600, stale-while-revalidate=86400" }, { key: "Access-Control-Allow-Origin", value: "*" }] },
];
