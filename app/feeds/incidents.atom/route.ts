import { getStores } from "@/lib/stores/get-stores";
import { respondFeed } from "@/lib/feeds/respond-feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respondFeed({ request, stores: await getStores(), now: Date.now(), format: "atom" });
}
