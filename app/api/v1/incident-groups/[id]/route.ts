import { getStores } from "@/lib/stores/get-stores";
import { cachedRead } from "@/lib/cache/read-cache";
import { readIncidentGroup } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupIdSchema } from "@/lib/correlation/schemas";
import { toApiGroup } from "@/lib/correlation/to-api-group";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { ARCHIVE_CACHE } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = IncidentGroupIdSchema.safeParse(await params);
  if (!parsed.success) return respondError(400, "invalid_id", "An incident group id is a positive whole number.");
  const { id } = parsed.data;
  const now = Date.now();
  const stores = await getStores();
  const group = await cachedRead(`incident-group:${id}`, now, "tick", () => readIncidentGroup({ ...stores, id, now }));
  if (!group) return respondError(404, "unknown_incident_group", `No incident group ${id}.`);
  return respondJson(request, { group: toApiGroup(group, resolvePublicOrigin(request.headers)) }, group.open ? LIVE_CACHE : ARCHIVE_CACHE);
}

export const OPTIONS = respondPreflight;
