import type { Db } from "@/db/client";
import { listServices } from "@/lib/catalog/read-catalog";
import { HOUR_MS, MINUTE_MS } from "@/lib/reports/config";
import { HOURLY_NOISE_SHAPE } from "./config";
import { planPastOutages, readOutageLift, type ScriptedOutage } from "./past-outages";
import { pickReport } from "./pick-report";
import { samplePoisson, sampleGammaMeanOne } from "./prng";
import { readBaseRate } from "./service-rhythm";

/**
 * Writes simulated report history for [from, to) straight into the rollups (history has no raw rows, just
 * as real history past retention), with the demo's scripted outages unless others are given. Returns the number of
 * simulated reports.
 */
export function seedHistory({
  db,
  from,
  to,
  random,
  outages = planPastOutages(to),
  rateScale = 1,
}: {
  db: Db;
  from: number;
  to: number;
  random: () => number;
  outages?: ScriptedOutage[];
  /** Multiplies every service's usual rate (a busier site than the demo's). */
  rateScale?: number;
}): number {
  const c = db.$client;
  const bumpMinute = c.prepare(
    "INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count",
  );
  const bumpHour = c.prepare(
    "INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count",
  );
  const start = Math.ceil(from / MINUTE_MS) * MINUTE_MS;
  let total = 0;
  c.transaction(() => {
    for (const service of listServices(db)) {
      let noise = 1;
      let hourTotal = 0;
      for (let t = start; t < to; t += MINUTE_MS) {
        if (t % HOUR_MS === 0 || t === start) noise = sampleGammaMeanOne(random, HOURLY_NOISE_SHAPE);
        const lift = readOutageLift(outages, service.slug, t);
        // Outages add a floor too, so even a quiet service's outage is clearly visible.
        // The hour's ordinary wobble moves the usual reports, not an outage's extra ones (people who cannot sign in report
        // whatever the hour's mood). Outages add a floor too, so even a quiet service's outage is clearly visible.
        const rate = rateScale * readBaseRate(service, t) * (noise + lift.multiplier - 1) + (lift.multiplier > 1 ? 0.3 * (lift.multiplier / 30) : 0);
        const n = samplePoisson(random, rate);
        if (n > 0) {
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
            bumpMinute.run(service.id, t, problem, country, count);
          }
          hourTotal += n;
          total += n;
        }
        const hourEnd = (t + MINUTE_MS) % HOUR_MS === 0 || t + MINUTE_MS >= to;
        if (hourEnd && hourTotal > 0) {
          bumpHour.run(service.id, Math.floor(t / HOUR_MS) * HOUR_MS, hourTotal);
          hourTotal = 0;
        }
      }
    }
  })();
  return total;
}
