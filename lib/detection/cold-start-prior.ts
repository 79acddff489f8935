import type { DetectorConfig } from "./config";

/**
 * How popular a service is, as a share of the site's reports: popularity (1-100 in the catalog) to the power 1.5,
 * the same scale the catalog's popularity is defined on (a service of popularity 100 draws about 30 times the
 * reports of one at 10).
 */
const POPULARITY_EXPONENT = 1.5;

/**
 * The cold-start prior: reports a minute assumed for each service before it has history of its own. The site's
 * own rate (all reports a minute over the last week) is shared out by catalog popularity, so a service added to a
 * busy site starts near what its peers see; on a fresh install (no reports yet) every service starts at the
 * config's floor, about one report an hour, and the absolute rule (MIN_REPORTS_OUTAGE reporters) decides.
 */
export function computePriorRates(services: readonly { id: number; popularity: number }[], siteRatePerMin: number, config: DetectorConfig): Map<number, number> {
  const weight = (p: number) => Math.max(1, p) ** POPULARITY_EXPONENT;
  const total = services.reduce((a, s) => a + weight(s.popularity), 0);
  return new Map(services.map((s) => [s.id, Math.max(config.PRIOR_RATE_PER_MIN, total > 0 ? (siteRatePerMin * weight(s.popularity)) / total : 0)]));
}
