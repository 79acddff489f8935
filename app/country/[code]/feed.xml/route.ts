import { parseCountryCode } from "@/lib/countries/read-country-page";
import { respondFeed } from "@/lib/feeds/respond-feed";
import { respondError } from "@/lib/http/respond-json";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

/** A country's outage feed (RSS): outages whose reports came mostly from there. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = parseCountryCode((await params).code.slice(0, 8));
  if (!code) return respondError(404, "unknown_country", "Country feeds live at /country/<ISO 3166-1 alpha-2 code>/feed.xml.");
  return respondFeed({ request, stores: await getStores(), now: Date.now(), format: "rss", country: code });
}
