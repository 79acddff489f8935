import type { CachePolicy } from "@/lib/http/respond-json";

/** The widget's chart ranges: what `?range=` accepts, and the series query behind each (words: "client.ranges" messages). */
export const EMBED_RANGES = {
  "24h": { query: { range: "24h", bucket: "15m" } },
  "7d": { query: { range: "7d", bucket: "1h" } },
} as const;
export type EmbedRange = keyof typeof EMBED_RANGES;
export const EMBED_RANGE_IDS = Object.keys(EMBED_RANGES) as [EmbedRange, ...EmbedRange[]];

export const EMBED_THEMES = ["light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The widget's natural size; it reflows down to about 280 px wide. */
export const EMBED_WIDTH = 400;
export const EMBED_HEIGHT = 260;
/** Wider than this the chart stops gaining detail: oEmbed answers never exceed it. */
export const EMBED_MAX_WIDTH = 800;
/** Width / height the responsive iframe keeps above its minimum height (public/embed.js uses the same). */
export const EMBED_ASPECT_RATIO = "20/13";

/** How often a widget on a host page refreshes (public/embed-live.js); every poll is a GET a CDN may answer (EMBED_PAGE_CACHE_CONTROL). */
export const EMBED_POLL_MS = 60_000;

/** Badges are fetched by every README and forum post that shows one: let caches hold them a minute. */
export const BADGE_CACHE: CachePolicy = { maxAge: 60, staleWhileRevalidate: 600 };
/** oEmbed answers change only when a service's name does. */
export const OEMBED_CACHE: CachePolicy = { maxAge: 3600, staleWhileRevalidate: 86_400 };
