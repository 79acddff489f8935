import { readRequestLocale } from "@/lib/i18n/request-locale";
import { getStores } from "@/lib/stores/get-stores";
import { BADGE_CACHE } from "@/lib/embeds/config";
import { readBadge } from "@/lib/embeds/read-badge";
import { BadgeParamsSchema, BadgeQuerySchema } from "@/lib/embeds/schemas";
import { parseQuery } from "@/lib/http/parse-query";
import { respondCached } from "@/lib/http/respond-cached";
import { respondError, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const path = BadgeParamsSchema.safeParse(await params);
  if (!path.success) return respondError(404, "not_found", "Badges live at /badge/<service>.svg.");
  const query = parseQuery(request.url, BadgeQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "The query string is not valid.", query.fields);
  const { lang, ...options } = query.data;
  const svg = await readBadge({ ...(await getStores()), slug: path.data.file, ...options, locale: readRequestLocale(request.headers, lang) });
  if (!svg) return respondError(404, "unknown_service", `No service called "${path.data.file}".`);
  return respondCached(request, svg, "image/svg+xml; charset=utf-8", BADGE_CACHE);
}

export const OPTIONS = respondPreflight;
