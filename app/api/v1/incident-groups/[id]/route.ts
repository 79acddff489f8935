import { z } from "zod";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { getStores } from "@/lib/stores/get-stores";
import { cachedRead } from "@/lib/cache/read-cache";
import { readIncidentGroup } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupIdSchema } from "@/lib/correlation/schemas";
import { toApiGroup } from "@/lib/correlation/to-api-group";
import { LangParamSchema } from "@/lib/i18n/lang-param";
import { parseQuery } from "@/lib/http/parse-query";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { ARCHIVE_CACHE } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({ lang: LangParamSchema });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = IncidentGroupIdSchema.safeParse(await params);
  if (!parsed.success) return respondError(400, "invalid_id", "An incident group id is a positive whole number.");
  const query = parseQuery(request.url, QuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { id } = parsed.data;
  const { lang } = query.data;
  const now = Date.now();
  const stores = await getStores();
  const group = await cachedRead(`incident-group:${id}:${lang ?? ""}`, now, "tick", () => readIncidentGroup({ ...stores, id, now, locale: lang }));
  if (!group) return respondError(404, "unknown_incident_group", `No incident group ${id}.`);
  return respondJson(request, { ...(lang ? { lang } : {}), group: toApiGroup(group, resolvePublicOrigin(request.headers), lang && (await readCatalog(stores.catalog)), lang) }, group.open ? LIVE_CACHE : ARCHIVE_CACHE);
}

export const OPTIONS = respondPreflight;
