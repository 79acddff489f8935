import { getDb } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { listIncidents } from "@/lib/detection/read-incidents";
import { summarizeIncident } from "@/lib/incidents/describe-incident";
import { parseQuery } from "@/lib/http/parse-query";
import { cachedRead } from "@/lib/cache/read-cache";
import { IncidentsQuerySchema } from "@/lib/incidents/incidents-query";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const query = parseQuery(request.url, IncidentsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { service, state, limit, lang } = query.data;
  const key = `incidents:${service ?? ""}:${state}:${limit}:${query.data.before ?? ""}`;
  const now = Date.now();
  const db = getDb();
  const incidents = cachedRead(key, now, "tick", () => listIncidents({ db, now, ...query.data }));
  if (!incidents) return respondError(404, "unknown_service", `No service called "${service}".`);
  return respondCachedJson(request, `${key}:${lang ?? ""}`, now, "tick", () => {
    if (!lang) return { incidents };
    // `lang` adds each incident's summary in that language (labels and names stay English).
    return { lang, incidents: incidents.map((i) => ({ ...i, summary: summarizeIncident(localizeIncident(i, findService(db, i.service.slug), lang), now, lang) })) };
  }, LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
