import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon and geoip-country reads its data files from disk: keep both out of the bundle.
  serverExternalPackages: ["better-sqlite3", "geoip-country"],
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (CI runs it); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default nextConfig;
