import { getStores } from "@/lib/stores/get-stores";
import { respondFeed } from "@/lib/feeds/respond-feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug.slice(0, 80);
  return respondFeed({ request, stores: await getStores(), now: Date.now(), format: "rss", service: slug });
}
