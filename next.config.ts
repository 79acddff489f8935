import type { NextConfig } from "next";
import { MAX_ADMIN_BODY_BYTES } from "./lib/admin/config";
import { ROUTE_CACHE_HEADERS } from "./lib/http/route-cache-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and geoip-country reads its data files from disk: keep both out of the bundle.
  serverExternalPackages: ["better-sqlite3", "geoip-country"],
  poweredByHeader: false,
  reactStrictMode: true,
  // The operator's catalog import is a server action; Next's default 1 MB would refuse most catalog files.
  experimental: { serverActions: { bodySizeLimit: MAX_ADMIN_BODY_BYTES } },
  // Security headers are set by the server (lib/http/security-headers.ts); Next adds only per-route caching.
  headers: async () => ROUTE_CACHE_HEADERS,
};

export default nextConfig;
