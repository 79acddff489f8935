import type { Db } from "@/db/client";
import { listIncidentsByIds, type Incident } from "@/lib/detection/read-incidents";
import { COUNTRY_LOOKBACK_DAYS, COUNTRY_MIN_SHARE } from "./config";

const DAY_MS = 86_400_000;

/**
 * Recent outages whose reports came mostly from one country: correlation's locality (where the extra reports came
 * from, lib/correlation) names the country with at least half of them, or, for an incident not assessed yet, its
 * top country sends at least half of all its reports. Open ones first, then the most recent.
 */
export function readCountryIncidents({ db, now, country, limit, days = COUNTRY_LOOKBACK_DAYS }: { db: Db; now: number; country: string; limit: number; days?: number }): Incident[] {
  const code = country.toUpperCase();
  const rows = db.$client
    .prepare(
      `SELECT i.id, i.top_countries AS top, a.locality AS locality FROM incidents i LEFT JOIN incident_assessments a ON a.incident_id = i.id
       WHERE i.started_at >= ? AND (i.closed_by IS NULL OR i.closed_by != 'operator')
       ORDER BY (i.ended_at IS NULL) DESC, i.started_at DESC`,
    )
    .all(now - days * DAY_MS) as { id: number; top: string; locality: string | null }[];
  const ids: number[] = [];
  for (const r of rows) {
    if (ids.length >= limit) break;
    const l = r.locality ? (JSON.parse(r.locality) as { country: string | null; share: number; verdict: string }) : null;
    if (l && l.verdict !== "unknown") {
      if (l.country === code && l.share >= COUNTRY_MIN_SHARE) ids.push(r.id);
      continue;
    }
    const top = (JSON.parse(r.top) as { id: string; percent: number }[])[0];
    if (top?.id === code && top.percent >= COUNTRY_MIN_SHARE * 100) ids.push(r.id);
  }
  return listIncidentsByIds({ db, now, ids });
}
