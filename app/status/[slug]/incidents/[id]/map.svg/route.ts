import { getStores } from "@/lib/stores/get-stores";
import { readIncidentMap } from "@/lib/geo/read-country-map";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { ARCHIVE_CACHE, respondCached } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const parsed = IncidentParamsSchema.safeParse(await params);
  const map = parsed.success ? await readIncidentMap({ ...(await getStores()), id: parsed.data.id, now: Date.now() }) : undefined;
  if (!map || map.slug !== parsed.data?.slug) return respondError(404, "unknown_incident", "No such incident.");
  return respondCached(request, map.svg, "image/svg+xml; charset=utf-8", map.open ? LIVE_CACHE : ARCHIVE_CACHE);
}
