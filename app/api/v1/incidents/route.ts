import { readCatalog } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { listIncidents } from "@/lib/incidents/read-incidents";
import { summarizeIncident } from "@/lib/incidents/describe-incident";
import { getStores } from "@/lib/stores/get-stores";
import { parseQuery } from "@/lib/http/parse-query";
import { cachedRead } from "@/lib/cache/read-cache";
import { IncidentsQuerySchema } from "@/lib/incidents/incidents-query";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request.url, IncidentsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { service, state, limit, lang } = query.data;
  const key = `incidents:${service ?? ""}:${state}:${limit}:${query.data.before ?? ""}`;
  const now = Date.now();
  const stores = await getStores();
  const incidents = await cachedRead(key, now, "tick", () => listIncidents({ ...stores, now, ...query.data }));
  if (!incidents) return respondError(404, "unknown_service", `No service called "${service}".`);
  const catalog = lang ? await readCatalog(stores.catalog) : undefined;
  return respondCachedJson(request, `${key}:${lang ?? ""}`, now, "tick", () => {
    if (!lang || !catalog) return { incidents };
    // `lang` adds each incident's summary in that language (labels and names stay English).
    return { lang, incidents: incidents.map((i) => ({ ...i, summary: summarizeIncident(localizeIncident(i, catalog.find(i.service.slug), lang), now, lang) })) };
  }, LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
