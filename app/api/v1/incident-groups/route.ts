import { getDb } from "@/db/client";
import { cachedRead } from "@/lib/cache/read-cache";
import { listIncidentGroups } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupsQuerySchema } from "@/lib/correlation/schemas";
import { toApiGroup } from "@/lib/correlation/to-api-group";
import { parseQuery } from "@/lib/http/parse-query";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const query = parseQuery(request.url, IncidentGroupsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { service, state, limit, before, lang } = query.data;
  const origin = resolvePublicOrigin(request.headers);
  const key = `incident-groups:${origin}:${service ?? ""}:${state}:${limit}:${before ?? ""}:${lang ?? ""}`;
  const now = Date.now();
  const db = getDb();
  const groups = cachedRead(key, now, "tick", () => listIncidentGroups({ db, now, service, state, limit, before, locale: lang }));
  if (!groups) return respondError(404, "unknown_service", `No service called "${service}".`);
  return respondCachedJson(request, key, now, "tick", () => ({ ...(lang ? { lang } : {}), groups: groups.map((g) => toApiGroup(g, origin, db, lang)) }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
