import type { CachePolicy } from "@/lib/http/respond-json";

/** Entries per feed: the most recent incidents (readers keep what they already fetched). */
export const FEED_LIMIT = 50;
/** Feed readers poll; a minute of caching costs nothing for news about outages that last hours. */
export const FEED_CACHE: CachePolicy = { maxAge: 60, staleWhileRevalidate: 600 };
/** RSS <ttl>, minutes: how often a reader should come back. */
export const FEED_TTL_MINUTES = 5;
