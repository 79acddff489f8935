import type { Db } from "../../db/client";
import { findService } from "../../lib/catalog/read-catalog";
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
export function writeSeries(db: Db, scripts: readonly SeriesScript[], from: number, to: number, { rampMs = 0 }: { rampMs?: number } = {}): void {
  const minute = db.$client.prepare("INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, 'other', ?, ?)");
  const hour = db.$client.prepare("INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count");
  db.$client.transaction(() => {
    for (const s of scripts) {
      const id = findService(db, s.slug)!.id;
      const codes = Object.keys(s.countries);
      const weights = Object.values(s.countries);
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
        const cells = new Map<string, number>();
        for (let i = 0; i < n; i++) {
          const c = s.region && lift > 1 && random() < 1 - 1 / lift ? s.region : codes[pickWeighted(random, weights)];
          cells.set(c, (cells.get(c) ?? 0) + 1);
        }
        for (const [c, count] of cells) minute.run(id, t, c, count);
        hour.run(id, Math.floor(t / HOUR) * HOUR, n);
      }
    }
  })();
}
