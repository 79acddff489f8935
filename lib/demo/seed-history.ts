import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { HOUR_MS, MINUTE_MS } from "@/lib/reports/config";
import type { HistoryCell, ReportStore } from "@/lib/reports/store/report-store";
import { HOURLY_NOISE_SHAPE } from "./config";
import { planPastOutages, readOutageLift, type ScriptedOutage } from "./past-outages";
import { pickReport } from "./pick-report";
import { samplePoisson, sampleGammaMeanOne } from "./prng";
import { readBaseRate } from "./service-rhythm";

/** Cells written per store call: bounds memory for weeks of history. */
const FLUSH_CELLS = 20_000;

/**
 * Writes simulated report history for [from, to) straight into the rollups (history has no raw rows, just
 * as real history past retention), with the demo's scripted outages unless others are given. Returns the number of
 * simulated reports.
 */
export async function seedHistory({
  catalog,
  reports,
  from,
  to,
  random,
  outages = planPastOutages(to),
  rateScale = 1,
  slugs,
}: {
  catalog: CatalogStore;
  reports: ReportStore;
  from: number;
  to: number;
  random: () => number;
  outages?: ScriptedOutage[];
  /** Multiplies every service's usual rate (a busier site than the demo's). */
  rateScale?: number;
  /** Only these services (a test that needs a few services' history, not the whole catalog's). */
  slugs?: readonly string[];
}): Promise<number> {
  const start = Math.ceil(from / MINUTE_MS) * MINUTE_MS;
  let total = 0;
  let pending: HistoryCell[] = [];
  const only = slugs && new Set(slugs);
  for (const service of (await readCatalog(catalog)).list()) {
    if (only && !only.has(service.slug)) continue;
    let noise = 1;
    for (let t = start; t < to; t += MINUTE_MS) {
      if (t % HOUR_MS === 0 || t === start) noise = sampleGammaMeanOne(random, HOURLY_NOISE_SHAPE);
      const lift = readOutageLift(outages, service.slug, t);
      // The hour's ordinary wobble moves the usual reports, not an outage's extra ones (people who cannot sign in report
      // whatever the hour's mood). Outages add a floor too, so even a quiet service's outage is clearly visible.
      const rate = rateScale * readBaseRate(service, t) * (noise + lift.multiplier - 1) + (lift.multiplier > 1 ? 0.3 * (lift.multiplier / 30) : 0);
      const n = samplePoisson(random, rate);
      if (n === 0) continue;
      const cells = new Map<string, number>();
      // In a regional outage the extra reports, not the usual ones, come from that one country.
      const regional = lift.country ? 1 - 1 / lift.multiplier : 0;
      for (let i = 0; i < n; i++) {
        const r = pickReport(random, service, lift.problem);
        if (regional > 0 && random() < regional) r.country = lift.country!;
        const key = `${r.problem}|${r.country}`;
        cells.set(key, (cells.get(key) ?? 0) + 1);
      }
      for (const [key, count] of cells) {
        const [problem, country] = key.split("|");
        pending.push({ serviceId: service.id, minute: t, problem, country, count });
      }
      total += n;
      if (pending.length >= FLUSH_CELLS) {
        await reports.addHistory(pending);
        pending = [];
      }
    }
  }
  if (pending.length) await reports.addHistory(pending);
  return total;
}
