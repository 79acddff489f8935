import type { Db } from "@/db/client";
import { readIncidentRow, type Incident } from "@/lib/detection/read-incidents";
import { buildIncidentChart, type IncidentChart } from "./build-incident-chart";

export interface IncidentDetail {
  incident: Incident;
  chart: IncidentChart;
}

/**
 * One incident with its chart: the chart frozen at close, or (while open, or for an incident closed before
 * charts were frozen) read now from the rollups.
 */
export function readIncident({ db, id, now }: { db: Db; id: number; now: number }): IncidentDetail | null {
  const row = readIncidentRow({ db, id, now });
  if (!row) return null;
  const { incident } = row;
  const chart = row.chart
    ? (JSON.parse(row.chart) as IncidentChart)
    : buildIncidentChart({ db, serviceId: row.serviceId, startedAt: Date.parse(incident.startedAt), endedAt: incident.endedAt ? Date.parse(incident.endedAt) : null, now });
  return { incident, chart };
}
