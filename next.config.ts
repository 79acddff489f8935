import type { NextConfig } from "next";
import { FRAME_HEADERS, STATIC_CACHE_HEADERS } from "./lib/http/frame-policy";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and geoip-country reads its data files from disk: keep both out of the bundle.
  serverExternalPackages: ["better-sqlite3", "geoip-country"],
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (CI runs it); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Framing is allowed only under /embed/*; every other page refuses to be framed (see lib/http/frame-policy.ts).
  headers: async () => [...FRAME_HEADERS, ...STATIC_CACHE_HEADERS],
};

export default nextConfig;
