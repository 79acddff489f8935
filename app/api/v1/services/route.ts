import { z } from "zod";
import { getStores } from "@/lib/stores/get-stores";
import { CATEGORY_IDS } from "@/lib/catalog/types";
import { parseQuery } from "@/lib/http/parse-query";
import { CATALOG_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";
import { readOverview } from "@/lib/services/read-overview";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({
  q: z.string().max(80).default(""),
  category: z.enum(CATEGORY_IDS).optional(),
});

export async function GET(request: Request) {
  const query = parseQuery(request.url, QuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { q, category } = query.data;
  const now = Date.now();
  return respondCachedJson(request, `services:${q}:${category ?? ""}`, now, "reports", async () => ({ services: await readOverview({ ...(await getStores()), now, q, category }) }), CATALOG_CACHE);
}

export const OPTIONS = respondPreflight;
