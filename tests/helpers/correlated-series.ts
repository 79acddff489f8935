import { readCatalog } from "../../lib/catalog/read-catalog";
import type { CatalogStore } from "../../lib/catalog/store/catalog-store";
import type { HistoryCell, ReportStore } from "../../lib/reports/store/report-store";
import type { CategoryId, ServiceSeed } from "../../lib/catalog/types";
import { createRandom, pickWeighted, sampleGammaMeanOne, samplePoisson } from "../../lib/demo/prng";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** One service's generated reports: a daily rhythm, quieter weekends, overdispersed noise, an optional surge. */
export interface SeriesScript {
  slug: string;
  /** Mean reports per minute at the daily peak on a weekday. */
  peakPerMin: number;
  seed: number;
  /** Usual share of reports per country (weights). */
  countries: Record<string, number>;
  /** Rate multiplier at t (surges). */
  lift?: (t: number) => number;
  /** While lifted, the extra reports come from this country only (a regional or ISP outage). */
  region?: string;
}

/** A surge: ramps to `factor` over 5 minutes from `at`, holds for `ms`, then stops. */
export function surge(at: number, ms: number, factor: number): (t: number) => number {
  return (t) => (t < at || t >= at + ms ? 1 : 1 + (factor - 1) * Math.min(1, (t - at + MIN) / (5 * MIN)));
}

export function makeSeed(slug: string, category: CategoryId, dependsOn: string[] = [], markets: string[] = ["US", "GB", "DE"]): ServiceSeed {
  return { slug, name: slug.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()), category, url: `https://${slug}.example`, aliases: [], dependsOn, markets, popularity: 10 };
}

/**
 * Writes per-minute reports for [from, to) straight into the rollups the intake writes (per-minute by country,
 * per-hour totals). The same seed gives the same series whatever other services or surges there are. `rampMs` grows
 * the volume from nothing at the start, as a new service's reports do (an abrupt start looks like a surge to a
 * detector that has seen nothing yet).
 */
export async function writeSeries(stores: { catalog: CatalogStore; reports: ReportStore }, scripts: readonly SeriesScript[], from: number, to: number, { rampMs = 0 }: { rampMs?: number } = {}): Promise<void> {
  const catalog = await readCatalog(stores.catalog);
  for (const s of scripts) {
    const id = catalog.find(s.slug)!.id;
    const codes = Object.keys(s.countries);
    const weights = Object.values(s.countries);
    const cells: HistoryCell[] = [];
    let drift = 1;
    for (let t = from; t < to; t += MIN) {
      const random = createRandom(Math.imul(s.seed, 2654435761) ^ (t / MIN));
      if (t % HOUR === 0 || t === from) drift = sampleGammaMeanOne(createRandom(s.seed * 7919 + t / MIN), 30);
      const h = (t % DAY) / HOUR;
      const daily = 0.3 + 0.7 * Math.sin((Math.PI * (h - 4)) / 24) ** 2;
      const weekly = [0, 6].includes(new Date(t).getUTCDay()) ? 0.7 : 1;
      const lift = s.lift?.(t) ?? 1;
      const ramp = rampMs > 0 ? Math.min(1, (t - from + MIN) / rampMs) : 1;
      const n = samplePoisson(random, s.peakPerMin * daily * weekly * drift * sampleGammaMeanOne(random, 6) * lift * ramp);
      if (!n) continue;
      const byCountry = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const c = s.region && lift > 1 && random() < 1 - 1 / lift ? s.region : codes[pickWeighted(random, weights)];
        byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
      }
      for (const [country, count] of byCountry) cells.push({ serviceId: id, minute: t, problem: "other", country, count });
    }
    await stores.reports.addHistory(cells);
  }
}
