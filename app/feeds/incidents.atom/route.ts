import { getDb } from "@/db/client";
import { respondFeed } from "@/lib/feeds/respond-feed";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respondFeed({ request, db: getDb(), now: Date.now(), format: "atom" });
}
