import { getStores } from "@/lib/stores/get-stores";
import { readServiceMap } from "@/lib/geo/read-country-map";
import { respondCached } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug.slice(0, 80);
  const svg = await readServiceMap({ ...(await getStores()), slug, now: Date.now() });
  if (!svg) return respondError(404, "unknown_service", `No service called "${slug}".`);
  return respondCached(request, svg, "image/svg+xml; charset=utf-8", LIVE_CACHE);
}
