import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import { listIncidentsByIds, type Incident, type IncidentReadDeps } from "@/lib/incidents/read-incidents";
import { COUNTRY_LOOKBACK_DAYS, COUNTRY_MIN_SHARE } from "./config";

const DAY_MS = 86_400_000;

/**
 * Recent outages whose reports came mostly from one country: correlation's locality (where the extra reports came
 * from, lib/correlation) names the country with at least half of them, or, for an incident not assessed yet, its
 * top country sends at least half of all its reports. Open ones first, then the most recent.
 */
export async function readCountryIncidents({ now, country, limit, days = COUNTRY_LOOKBACK_DAYS, correlation, ...deps }: IncidentReadDeps & { correlation: CorrelationStore; now: number; country: string; limit: number; days?: number }): Promise<Incident[]> {
  const code = country.toUpperCase();
  const ids: number[] = [];
  for (const r of await correlation.readIncidentLocalities(now - days * DAY_MS)) {
    if (ids.length >= limit) break;
    const l = r.locality ? (JSON.parse(r.locality) as { country: string | null; share: number; verdict: string }) : null;
    if (l && l.verdict !== "unknown") {
      if (l.country === code && l.share >= COUNTRY_MIN_SHARE) ids.push(r.id);
      continue;
    }
    const top = (JSON.parse(r.topCountries) as { id: string; percent: number }[])[0];
    if (top?.id === code && top.percent >= COUNTRY_MIN_SHARE * 100) ids.push(r.id);
  }
  return listIncidentsByIds({ ...deps, now, ids });
}
