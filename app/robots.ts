import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { resolvePublicOrigin } from "@/lib/http/public-origin";

export const dynamic = "force-dynamic";

/** Crawlers may read the site (embeds say noindex themselves) and find every page in every language in the sitemap. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = resolvePublicOrigin(await headers());
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] }], sitemap: `${origin}/sitemap.xml` };
}
