import { z } from "zod";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { LangParamSchema } from "@/lib/i18n/lang-param";
import { parseQuery } from "@/lib/http/parse-query";
import { getStores } from "@/lib/stores/get-stores";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { ARCHIVE_CACHE } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";
import { summarizeIncident } from "@/lib/incidents/describe-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentIdParamsSchema } from "@/lib/incidents/schemas";
import { readIncidentCorrelation } from "@/lib/correlation/read-incident-correlation";
import { toApiCorrelation } from "@/lib/correlation/to-api-group";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({ lang: LangParamSchema });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = IncidentIdParamsSchema.safeParse(await params);
  if (!parsed.success) return respondError(400, "invalid_id", "An incident id is a positive whole number.");
  const query = parseQuery(request.url, QuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { lang } = query.data;
  const now = Date.now();
  const stores = await getStores();
  const detail = await readIncident({ ...stores, id: parsed.data.id, now });
  if (!detail) return respondError(404, "unknown_incident", `No incident ${parsed.data.id}.`);
  const { incident } = detail;
  const origin = resolvePublicOrigin(request.headers);
  const url = `${origin}/status/${incident.service.slug}/incidents/${incident.id}`;
  const correlation = await readIncidentCorrelation({ ...stores, incidentId: incident.id, now, locale: lang });
  // A closed incident's group can still change (a late member), so the incident is archive-cached only once its group has ended too.
  const settled = !incident.open && (correlation?.group?.open ?? false) === false;
  // `lang` adds the incident's summary and puts the correlation's sentences in that language.
  const catalog = lang ? await readCatalog(stores.catalog) : undefined;
  const extra = lang && catalog ? { lang, summary: summarizeIncident(localizeIncident(incident, catalog.find(incident.service.slug), lang), now, lang) } : {};
  return respondJson(request, { ...detail, ...extra, url, correlation: correlation && toApiCorrelation(correlation, origin, catalog, lang) }, settled ? ARCHIVE_CACHE : LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
