import { z } from "zod";
import { LangParamSchema } from "@/lib/i18n/lang-param";
import { parseQuery } from "@/lib/http/parse-query";
import { resolveServiceParam } from "@/lib/http/resolve-service-param";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";
import { readServiceDetail } from "@/lib/services/read-service-detail";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({ lang: LangParamSchema });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const query = parseQuery(request.url, QuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { slug } = await params;
  const stores = await getStores();
  const found = await resolveServiceParam(stores.catalog, slug);
  if (!found.ok) return found.response;
  const { service } = found;
  const now = Date.now();
  const { lang } = query.data;
  return respondCachedJson(request, `detail:${service.id}:${lang ?? ""}`, now, { serviceId: service.id }, async () => {
    const detail = (await readServiceDetail({ ...stores, slug: service.slug, now, locale: lang }))!;
    return lang ? { ...detail, lang } : detail;
  }, LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
