import { readCatalog } from "@/lib/catalog/read-catalog";
import { getStores } from "@/lib/stores/get-stores";
import { cachedRead } from "@/lib/cache/read-cache";
import { listIncidentGroups } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupsQuerySchema } from "@/lib/correlation/schemas";
import { toApiGroup } from "@/lib/correlation/to-api-group";
import { parseQuery } from "@/lib/http/parse-query";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(request.url, IncidentGroupsQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { service, state, limit, before, lang } = query.data;
  const origin = resolvePublicOrigin(request.headers);
  const key = `incident-groups:${origin}:${service ?? ""}:${state}:${limit}:${before ?? ""}:${lang ?? ""}`;
  const now = Date.now();
  const stores = await getStores();
  const groups = await cachedRead(key, now, "tick", () => listIncidentGroups({ ...stores, now, service, state, limit, before, locale: lang }));
  if (!groups) return respondError(404, "unknown_service", `No service called "${service}".`);
  const catalog = lang ? await readCatalog(stores.catalog) : undefined;
  return respondCachedJson(request, key, now, "tick", () => ({ ...(lang ? { lang } : {}), groups: groups.map((g) => toApiGroup(g, origin, catalog, lang)) }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
