import { getDb } from "@/db/client";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { ARCHIVE_CACHE } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondJson, respondPreflight } from "@/lib/http/respond-json";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentIdParamsSchema } from "@/lib/incidents/schemas";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = IncidentIdParamsSchema.safeParse(await params);
  if (!parsed.success) return respondError(400, "invalid_id", "An incident id is a positive whole number.");
  const detail = readIncident({ db: getDb(), id: parsed.data.id, now: Date.now() });
  if (!detail) return respondError(404, "unknown_incident", `No incident ${parsed.data.id}.`);
  const { incident } = detail;
  const url = `${resolvePublicOrigin(request.headers)}/status/${incident.service.slug}/incidents/${incident.id}`;
  return respondJson(request, { ...detail, url }, incident.open ? LIVE_CACHE : ARCHIVE_CACHE);
}

export const OPTIONS = respondPreflight;
