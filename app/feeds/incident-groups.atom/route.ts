import { getStores } from "@/lib/stores/get-stores";
import { respondGroupFeed } from "@/lib/feeds/respond-feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respondGroupFeed({ request, stores: await getStores(), now: Date.now(), format: "atom" });
}
