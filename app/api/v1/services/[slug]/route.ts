import { getStores } from "@/lib/stores/get-stores";
import { resolveServiceParam } from "@/lib/http/resolve-service-param";
import { LIVE_CACHE, respondCachedJson, respondPreflight } from "@/lib/http/respond-json";
import { readServiceDetail } from "@/lib/services/read-service-detail";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const stores = await getStores();
  const found = await resolveServiceParam(stores.catalog, slug);
  if (!found.ok) return found.response;
  const { service } = found;
  const now = Date.now();
  return respondCachedJson(request, `detail:${service.id}`, now, { serviceId: service.id }, () => readServiceDetail({ ...stores, slug: service.slug, now }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
