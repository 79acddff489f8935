import { getStores } from "@/lib/stores/get-stores";
import { parseQuery } from "@/lib/http/parse-query";
import { resolveServiceParam } from "@/lib/http/resolve-service-param";
import { respondCached } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondPreflight } from "@/lib/http/respond-json";
import { formatSeriesCsv } from "@/lib/open-data/format-series-csv";
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
  const series = await readSeries({ ...stores, serviceId: service.id, now: Date.now(), query: query.data });
  return respondCached(request, formatSeriesCsv(series.buckets), "text/csv; charset=utf-8; header=present", LIVE_CACHE, {
    "Content-Disposition": `attachment; filename="downwire-${service.slug}-${series.range}-${series.bucket}.csv"`,
  });
}

export const OPTIONS = respondPreflight;
