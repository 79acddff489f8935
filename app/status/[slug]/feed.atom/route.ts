import { getDb } from "@/db/client";
import { respondFeed } from "@/lib/feeds/respond-feed";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug.slice(0, 80);
  return respondFeed({ request, db: getDb(), now: Date.now(), format: "atom", service: slug });
}
