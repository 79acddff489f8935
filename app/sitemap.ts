import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { readCountryIndex } from "@/lib/countries/read-country-page";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { LOCALES } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

/** Every page in every language (English URL first, each with its hreflang alternates), for search engines. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = resolvePublicOrigin(await headers());
  const stores = await getStores();
  const paths = [
    "/",
    "/services",
    "/incidents/groups",
    "/methodology",
    "/official-lag",
    "/country",
    ...(await readCountryIndex(stores)).map((c) => `/country/${c.code.toLowerCase()}`),
    ...(await readCatalog(stores.catalog)).list().map((s) => `/status/${s.slug}`),
  ];
  const languages = (path: string) => Object.fromEntries(LOCALES.map((l) => [l, origin + localizePath(l, path)]));
  return paths.flatMap((path) => LOCALES.map((l) => ({ url: origin + localizePath(l, path), alternates: { languages: languages(path) } })));
}
