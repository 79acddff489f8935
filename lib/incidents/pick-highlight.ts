import type { Incident } from "./read-incidents";
import type { IncidentChart } from "@/lib/detection/incident-chart";

/** The chart buckets holding the incident's start and end (or the last bucket while it is open), to shade its span. */
export function pickHighlight(chart: IncidentChart, incident: Incident): { from: string; to: string } {
  const holding = (iso: string) => chart.buckets.filter((b) => b.t <= iso).at(-1)?.t ?? chart.buckets[0]?.t ?? chart.from;
  const last = chart.buckets.at(-1)?.t ?? chart.from;
  return { from: holding(incident.startedAt), to: incident.endedAt ? holding(incident.endedAt) : last };
}
