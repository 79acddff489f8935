import { listCountries } from "@/lib/catalog/countries";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { listIncidentGroups } from "@/lib/correlation/read-incident-groups";
import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import { SEVERITY } from "@/lib/detection/read-status";
import type { Incident, IncidentReadDeps } from "@/lib/incidents/read-incidents";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { readOverview, type ServiceSummary } from "@/lib/services/read-overview";
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
export async function readCountryPage({ now, code, locale = DEFAULT_LOCALE, ...stores }: IncidentReadDeps & { correlation: CorrelationStore; now: number; code: string; locale?: Locale }): Promise<CountryPage> {
  const all = await readOverview({ ...stores, now });
  const severity = (s: ServiceSummary) => (s.status ? SEVERITY[s.status.status] : 0);
  const popularity = new Map((await readCatalog(stores.catalog)).list().map((s) => [s.slug, s.popularity]));
  const market = all
    .filter((s) => s.markets.includes(code))
    .sort((a, b) => severity(b) - severity(a) || a.markets.indexOf(code) - b.markets.indexOf(code) || popularity.get(b.slug)! - popularity.get(a.slug)!);
  const others = all.filter((s) => !s.markets.includes(code)).slice(0, COUNTRY_OTHER_SERVICES);
  const since = now - COUNTRY_LOOKBACK_DAYS * 86_400_000;
  const groups = ((await listIncidentGroups({ ...stores, now, country: code, limit: 10, locale })) ?? []).filter((g) => !g.endedAt || Date.parse(g.endedAt) >= since);
  const incidents = await readCountryIncidents({ ...stores, now, country: code, limit: COUNTRY_INCIDENT_LIMIT });
  return { code, market, others, incidents, groups, lookbackDays: COUNTRY_LOOKBACK_DAYS };
}

/** Countries some service names as a market, with how many, most first: the index of country pages. */
export async function readCountryIndex({ catalog }: { catalog: CatalogStore }): Promise<{ code: string; services: number }[]> {
  const counts = new Map<string, number>();
  for (const s of (await readCatalog(catalog)).list()) for (const m of s.markets) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([code, services]) => ({ code, services })).sort((a, b) => b.services - a.services || a.code.localeCompare(b.code));
}
