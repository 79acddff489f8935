import { buildIncidentChart, type IncidentChart } from "@/lib/detection/incident-chart";
import { readIncidentRow, type Incident, type IncidentReadDeps } from "./read-incidents";

export interface IncidentDetail {
  incident: Incident;
  chart: IncidentChart;
}

/**
 * One incident with its chart: the chart frozen at close, or (while open, or for an incident closed before
 * charts were frozen) read now from the rollups.
 */
export async function readIncident({ id, now, ...deps }: IncidentReadDeps & { id: number; now: number }): Promise<IncidentDetail | null> {
  const row = await readIncidentRow({ ...deps, id, now });
  if (!row) return null;
  const { incident } = row;
  const chart = row.chart
    ? (JSON.parse(row.chart) as IncidentChart)
    : await buildIncidentChart({ ...deps, serviceId: row.serviceId, startedAt: Date.parse(incident.startedAt), endedAt: incident.endedAt ? Date.parse(incident.endedAt) : null, now });
  return { incident, chart };
}
