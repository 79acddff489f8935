import { listIncidents } from "@/lib/incidents/read-incidents";
import { getStores } from "@/lib/stores/get-stores";
import { parseQuery } from "@/lib/http/parse-query";
import { cachedRead } from "@/lib/cache/read-cache";
import { IncidentsQuerySchema } from "@/lib/incidents/incidents-query";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request.url, IncidentsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { service, state, limit } = query.data;
  const key = `incidents:${service ?? ""}:${state}:${limit}:${query.data.before ?? ""}`;
  const now = Date.now();
  const stores = await getStores();
  const incidents = await cachedRead(key, now, "tick", () => listIncidents({ ...stores, now, ...query.data }));
  if (!incidents) return respondError(404, "unknown_service", `No service called "${service}".`);
  return respondCachedJson(request, key, now, "tick", () => ({ incidents }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
