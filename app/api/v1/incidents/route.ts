import { getDb } from "@/db/client";
import { listIncidents } from "@/lib/detection/read-incidents";
import { parseQuery } from "@/lib/http/parse-query";
import { IncidentsQuerySchema } from "@/lib/incidents/incidents-query";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const query = parseQuery(request.url, IncidentsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const incidents = listIncidents({ db: getDb(), now: Date.now(), ...query.data });
  if (!incidents) return respondError(404, "unknown_service", `No service called "${query.data.service}".`);
  return respondJson(request, { incidents }, LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
