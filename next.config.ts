import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ROUTE_CACHE_HEADERS } from "./lib/http/route-cache-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and geoip-country reads its data files from disk: keep both out of the bundle.
  serverExternalPackages: ["better-sqlite3", "geoip-country"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Security headers are set by the server (lib/http/security-headers.ts); Next adds only per-route caching.
  headers: async () => ROUTE_CACHE_HEADERS,
};

// next-intl finds its per-request configuration (locale, messages, time zone) here.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
