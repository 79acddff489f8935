import type { Db } from "../../db/client";
import { findService } from "../../lib/catalog/read-catalog";
import { createRandom, samplePoisson } from "../../lib/demo/prng";
import { createDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export interface IncidentScenario {
  slug: string;
  /** When the surge starts and how long it lasts. */
  surgeAt: number;
  surgeMs: number;
  /** Minute rows end here: the detector is run up to it. */
  until: number;
}

/**
 * Writes a week of ordinary reports for one service (about 2 a minute, Login and Email, mostly from GB and US)
 * with a surge of ~80 a minute, straight into the rollups the intake writes, then runs the real detection tick
 * over it. Returns the scenario; the incident is whatever the detector made of it.
 */
export function makeIncidentHistory(db: Db, { slug, surgeAt, surgeMs = 90 * MIN, until, surgeProblem = "email" }: { slug: string; surgeAt: number; surgeMs?: number; until: number; surgeProblem?: string }): IncidentScenario {
  const service = findService(db, slug)!;
  const random = createRandom(42);
  const from = Math.floor((surgeAt - 8 * DAY) / HOUR) * HOUR;
  const minute = db.$client.prepare("INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, ?, ?, ?)");
  const hour = db.$client.prepare(
    "INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count",
  );
  db.$client.transaction(() => {
    for (let t = from; t < until; t += MIN) {
      const surging = t >= surgeAt && t < surgeAt + surgeMs;
      const n = samplePoisson(random, surging ? 80 : 2);
      if (!n) continue;
      const gb = Math.round(n * 0.6);
      const cells: [string, string, number][] = [
        ["login", "GB", gb],
        ["login", "US", n - gb],
      ];
      if (surging) cells.push([surgeProblem, "FR", 5]);
      for (const [problem, country, count] of cells) if (count > 0) minute.run(service.id, t, problem, country, count);
      hour.run(service.id, Math.floor(t / HOUR) * HOUR, n + (surging ? 5 : 0));
    }
  })();
  const runtime = createDetectionRuntime(db);
  runDetectionTick({ db, now: until + 5_000, runtime });
  return { slug, surgeAt, surgeMs, until };
}
