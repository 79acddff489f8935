import { getDb } from "@/db/client";
import { resolveServiceParam } from "@/lib/http/resolve-service-param";
import { LIVE_CACHE, respondCachedJson, respondPreflight } from "@/lib/http/respond-json";
import { readServiceDetail } from "@/lib/reports/read-service-detail";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = getDb();
  const found = resolveServiceParam(db, slug);
  if (!found.ok) return found.response;
  const { service } = found;
  const now = Date.now();
  return respondCachedJson(request, `detail:${service.id}`, now, { serviceId: service.id }, () => readServiceDetail({ db, slug: service.slug, now }), LIVE_CACHE);
}

export const OPTIONS = respondPreflight;
