import { listIncidents } from "@/lib/incidents/read-incidents";
import { getStores } from "@/lib/stores/get-stores";
import { parseQuery } from "@/lib/http/parse-query";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { respondCached } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondPreflight } from "@/lib/http/respond-json";
import { IncidentsQuerySchema } from "@/lib/incidents/incidents-query";
import { formatIncidentsCsv } from "@/lib/open-data/format-incidents-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request.url, IncidentsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const now = Date.now();
  const incidents = await listIncidents({ ...(await getStores()), now, ...query.data });
  if (!incidents) return respondError(404, "unknown_service", `No service called "${query.data.service}".`);
  const csv = formatIncidentsCsv(incidents, resolvePublicOrigin(request.headers), now);
  const name = `downwire-incidents${query.data.service ? `-${query.data.service}` : ""}.csv`;
  return respondCached(request, csv, "text/csv; charset=utf-8; header=present", LIVE_CACHE, { "Content-Disposition": `attachment; filename="${name}"` });
}

export const OPTIONS = respondPreflight;
