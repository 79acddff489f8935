import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import type { Incident } from "@/lib/detection/read-incidents";
import { readSharesBetween, type Breakdown } from "@/lib/reports/read-breakdown";
import { MINUTE_MS } from "@/lib/reports/config";

/**
 * What and where people reported over the whole incident, every country included (the incident record keeps
 * the top five). Past minutes' rollups never change, so for a closed incident this is fixed.
 */
export function readIncidentShares({ db, incident, now }: { db: Db; incident: Incident; now: number }): Omit<Breakdown, "windowHours"> {
  const service = findService(db, incident.service.slug);
  if (!service) return { total: 0, problems: [], countries: [] };
  const to = incident.endedAt ? Date.parse(incident.endedAt) + MINUTE_MS : Math.floor(now / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  return readSharesBetween({ db, service, from: Date.parse(incident.startedAt), to });
}
