import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { readBuildCache, readPreloadPages } from "./lib/config/next-settings";
import { ROUTE_CACHE_HEADERS } from "./lib/http/route-cache-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and geoip-country reads its data files from disk: keep both out of the bundle.
  serverExternalPackages: ["better-sqlite3", "geoip-country"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Security headers are set by the server (lib/http/security-headers.ts); Next adds only per-route caching.
  headers: async () => ROUTE_CACHE_HEADERS,
  // Read when the server starts. By default every page's code is loaded then, so no first request waits for it; the
  // tests' servers, which each visit a few pages, start on about half the CPU time without it (PRELOAD_PAGES=0).
  // A one-off build (CI's, from a fresh clone) need not write Turbopack's cache for a next build: BUILD_CACHE=0 saves
  // about 12 s of a 90 s build on two cores.
  experimental: { preloadEntriesOnStart: readPreloadPages(), turbopackFileSystemCacheForBuild: readBuildCache() },
};

// next-intl finds its per-request configuration (locale, messages, time zone) here.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
