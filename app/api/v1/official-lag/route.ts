import { LIVE_CACHE, respondCachedJson, respondPreflight } from "@/lib/http/respond-json";
import { readOfficialLag } from "@/lib/official-status/read-official-lag";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

/** Vendors ranked by median acknowledgement lag over the last 90 days (README "Official status"). */
export async function GET(request: Request) {
  const now = Date.now();
  const stores = await getStores();
  return respondCachedJson(request, "official-lag", now, "tick", () => readOfficialLag({ ...stores, now }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
