import { getDb } from "@/db/client";
import { respondGroupFeed } from "@/lib/feeds/respond-feed";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respondGroupFeed({ request, db: getDb(), now: Date.now(), format: "atom" });
}
