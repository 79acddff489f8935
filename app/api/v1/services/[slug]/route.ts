import { getDb } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { LIVE_CACHE, respondCachedJson, respondError, respondPreflight } from "@/lib/http/respond-json";
import { readServiceDetail } from "@/lib/reports/read-service-detail";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = getDb();
  const service = findService(db, slug.slice(0, 80));
  if (!service) return respondError(404, "unknown_service", `No service called "${slug.slice(0, 80)}".`);
  const now = Date.now();
  return respondCachedJson(request, `detail:${service.id}`, now, { serviceId: service.id }, () => readServiceDetail({ db, slug: service.slug, now }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
