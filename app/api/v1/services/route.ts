import { z } from "zod";
import { nameIn } from "@/lib/catalog/read-catalog";
import { getStores } from "@/lib/stores/get-stores";
import { CATEGORY_IDS } from "@/lib/catalog/types";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { LangParamSchema } from "@/lib/i18n/lang-param";
import { parseQuery } from "@/lib/http/parse-query";
import { CATALOG_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";
import { readOverview } from "@/lib/services/read-overview";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({
  q: z.string().max(80).default(""),
  category: z.enum(CATEGORY_IDS).optional(),
  lang: LangParamSchema,
});

export async function GET(request: Request) {
  const query = parseQuery(request.url, QuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { q, category, lang } = query.data;
  const now = Date.now();
  return respondCachedJson(request, `services:${q}:${category ?? ""}:${lang ?? ""}`, now, "reports", async () => {
    const services = await readOverview({ ...(await getStores()), now, q, category });
    if (!lang) return { services };
    // `lang` adds each service's verdict sentence in that language.
    return { lang, services: services.map((s) => ({ ...s, summary: describeVerdict(nameIn(s, lang), s.status, lang) })) };
  }, CATALOG_CACHE);
}

export const OPTIONS = respondPreflight;
