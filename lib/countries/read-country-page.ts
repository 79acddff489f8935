import type { Db } from "@/db/client";
import { listCountries } from "@/lib/catalog/countries";
import { listServices } from "@/lib/catalog/read-catalog";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { listIncidentGroups } from "@/lib/correlation/read-incident-groups";
import { SEVERITY } from "@/lib/detection/read-status";
import type { Incident } from "@/lib/detection/read-incidents";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { readOverview, type ServiceSummary } from "@/lib/reports/read-overview";
import { COUNTRY_INCIDENT_LIMIT, COUNTRY_LOOKBACK_DAYS, COUNTRY_OTHER_SERVICES } from "./config";
import { readCountryIncidents } from "./read-country-incidents";

export interface CountryPage {
  code: string;
  /** Services whose markets include the country: in trouble first, then by how central the country is to them, then popularity. */
  market: ServiceSummary[];
  /** The busiest services from elsewhere. */
  others: ServiceSummary[];
  /** Recent outages whose reports came mostly from there. */
  incidents: Incident[];
  /** Recent groups of outages local to it (one ISP or region). */
  groups: PublicGroup[];
  lookbackDays: number;
}

/** A known ISO 3166-1 alpha-2 code, upper case, or null. */
export function parseCountryCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && listCountries().some((c) => c.code === code) ? code : null;
}

/** Everything a country page shows. */
export function readCountryPage({ db, now, code, locale = DEFAULT_LOCALE }: { db: Db; now: number; code: string; locale?: Locale }): CountryPage {
  const all = readOverview({ db, now });
  const severity = (s: ServiceSummary) => (s.status ? SEVERITY[s.status.status] : 0);
  const popularity = new Map(listServices(db).map((s) => [s.slug, s.popularity]));
  const market = all
    .filter((s) => s.markets.includes(code))
    .sort((a, b) => severity(b) - severity(a) || a.markets.indexOf(code) - b.markets.indexOf(code) || popularity.get(b.slug)! - popularity.get(a.slug)!);
  const others = all.filter((s) => !s.markets.includes(code)).slice(0, COUNTRY_OTHER_SERVICES);
  const since = now - COUNTRY_LOOKBACK_DAYS * 86_400_000;
  const groups = (listIncidentGroups({ db, now, country: code, limit: 10, locale }) ?? []).filter((g) => !g.endedAt || Date.parse(g.endedAt) >= since);
  return { code, market, others, incidents: readCountryIncidents({ db, now, country: code, limit: COUNTRY_INCIDENT_LIMIT }), groups, lookbackDays: COUNTRY_LOOKBACK_DAYS };
}

/** Countries some service names as a market, with how many, most first: the index of country pages. */
export function readCountryIndex(db: Db): { code: string; services: number }[] {
  const counts = new Map<string, number>();
  for (const s of listServices(db)) for (const m of s.markets) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([code, services]) => ({ code, services })).sort((a, b) => b.services - a.services || a.code.localeCompare(b.code));
}
