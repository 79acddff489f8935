import { getStores } from "@/lib/stores/get-stores";
import { parseQuery } from "@/lib/http/parse-query";
import { resolveServiceParam } from "@/lib/http/resolve-service-param";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";
import { readSeries } from "@/lib/services/read-series";
import { SeriesQuerySchema } from "@/lib/reports/series-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const stores = await getStores();
  const found = await resolveServiceParam(stores.catalog, slug);
  if (!found.ok) return found.response;
  const { service } = found;
  const query = parseQuery(request.url, SeriesQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { range, bucket } = query.data;
  const now = Date.now();
  return respondCachedJson(request, `series:${service.id}:${range}:${bucket}`, now, { serviceId: service.id }, async () => ({ service: service.slug, ...(await readSeries({ ...stores, serviceId: service.id, now, query: query.data })) }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
