import { getDb } from "@/db/client";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";
import { readServiceDetail } from "@/lib/reports/read-service-detail";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const detail = readServiceDetail({ db: getDb(), slug: slug.slice(0, 80), now: Date.now() });
  if (!detail) return respondError(404, "unknown_service", `No service called "${slug.slice(0, 80)}".`);
  return respondJson(request, detail, LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
