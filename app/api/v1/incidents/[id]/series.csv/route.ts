import { getStores } from "@/lib/stores/get-stores";
import { ARCHIVE_CACHE, respondCached } from "@/lib/http/respond-cached";
import { LIVE_CACHE, respondError, respondPreflight } from "@/lib/http/respond-json";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentIdParamsSchema } from "@/lib/incidents/schemas";
import { formatSeriesCsv } from "@/lib/open-data/format-series-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = IncidentIdParamsSchema.safeParse(await params);
  if (!parsed.success) return respondError(400, "invalid_id", "An incident id is a positive whole number.");
  const detail = await readIncident({ ...(await getStores()), id: parsed.data.id, now: Date.now() });
  if (!detail) return respondError(404, "unknown_incident", `No incident ${parsed.data.id}.`);
  const { incident, chart } = detail;
  return respondCached(request, formatSeriesCsv(chart.buckets), "text/csv; charset=utf-8; header=present", incident.open ? LIVE_CACHE : ARCHIVE_CACHE, {
    "Content-Disposition": `attachment; filename="downwire-incident-${incident.id}-${incident.service.slug}.csv"`,
  });
}

export const OPTIONS = respondPreflight;
