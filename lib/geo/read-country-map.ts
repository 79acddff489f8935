import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { readIncidentRow } from "@/lib/detection/read-incidents";
import { readIncidentShares } from "@/lib/incidents/read-incident-shares";
import { readBreakdown } from "@/lib/reports/read-breakdown";
import { renderWorldMap } from "./render-world-map";

/** The world map of a service's reports over the last 24 hours, as an SVG document; undefined for an unknown service. */
export function readServiceMap({ db, slug, now }: { db: Db; slug: string; now: number }): string | undefined {
  const service = findService(db, slug);
  if (!service) return undefined;
  const { countries, total } = readBreakdown({ db, service, now });
  return renderWorldMap({ countries, title: `Reports about ${service.name} by country, last 24 hours (${total.toLocaleString("en")} reports)` });
}

/** The world map of one incident's reports, every country, from its start to its end (or now). */
export function readIncidentMap({ db, id, now }: { db: Db; id: number; now: number }): { svg: string; open: boolean; slug: string } | undefined {
  const row = readIncidentRow({ db, id, now });
  if (!row) return undefined;
  const { incident } = row;
  const { countries, total } = readIncidentShares({ db, incident, now });
  const title = `Reports about ${incident.service.name} by country during the outage of ${incident.startedAt.slice(0, 10)} (${total.toLocaleString("en")} reports)`;
  return { svg: renderWorldMap({ countries, title }), open: incident.open, slug: incident.service.slug };
}
