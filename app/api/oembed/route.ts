import { getStores } from "@/lib/stores/get-stores";
import { OEMBED_CACHE } from "@/lib/embeds/config";
import { resolveOembed } from "@/lib/embeds/resolve-oembed";
import { OembedQuerySchema } from "@/lib/embeds/schemas";
import { parseQuery } from "@/lib/http/parse-query";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

/** oEmbed provider (https://oembed.com): `?url=<service or incident page>&format=json[&maxwidth=&maxheight=]`. */
export async function GET(request: Request) {
  const query = parseQuery(request.url, OembedQuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "Give the page to embed as ?url=…", query.fields);
  const outcome = await resolveOembed({ ...(await getStores()), now: Date.now(), origin: resolvePublicOrigin(request.headers), ...query.data });
  if (!outcome.ok) return respondError(outcome.status, outcome.code, outcome.message);
  return respondJson(request, outcome.body, outcome.live ? LIVE_CACHE : OEMBED_CACHE);
}

export const OPTIONS = respondPreflight;
