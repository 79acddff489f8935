import type { Incident } from "@/lib/incidents/read-incidents";
import { formatCsv } from "@/lib/formats/format-csv";
import type { Share } from "@/lib/reports/read-breakdown";

const shares = (list: Share[]) => list.map((s) => `${s.id || "unknown"} ${s.percent}%`).join("; ");

/** Incidents, one row each, with their permanent page so every row can be cited. */
export function formatIncidentsCsv(incidents: readonly Incident[], origin: string, now: number): string {
  return formatCsv(
    ["id", "service", "service_name", "started_at", "detected_at", "peak_at", "peak_reports_15min", "peak_expected_15min", "ended_at", "duration_minutes", "open", "top_problems", "top_countries", "url"],
    incidents.map((i) => [
      i.id,
      i.service.slug,
      i.service.name,
      i.startedAt,
      i.detectedAt,
      i.peakAt,
      i.peakReports,
      i.peakExpected,
      i.endedAt,
      Math.round(((i.endedAt ? Date.parse(i.endedAt) : now) - Date.parse(i.startedAt)) / 60_000),
      i.open,
      shares(i.topProblems),
      shares(i.topCountries),
      `${origin}/status/${i.service.slug}/incidents/${i.id}`,
    ]),
  );
}
