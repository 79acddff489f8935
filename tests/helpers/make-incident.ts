import { readCatalog } from "../../lib/catalog/read-catalog";
import type { CatalogStore } from "../../lib/catalog/store/catalog-store";
import { createRandom, samplePoisson } from "../../lib/demo/prng";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import type { DetectionStore } from "../../lib/detection/store/detection-store";
import type { HistoryCell, ReportStore } from "../../lib/reports/store/report-store";

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
export async function makeIncidentHistory(
  stores: { catalog: CatalogStore; reports: ReportStore; detection: DetectionStore },
  { slug, surgeAt, surgeMs = 90 * MIN, until, surgeProblem = "email" }: { slug: string; surgeAt: number; surgeMs?: number; until: number; surgeProblem?: string },
): Promise<IncidentScenario> {
  const service = (await readCatalog(stores.catalog)).find(slug)!;
  const random = createRandom(42);
  const from = Math.floor((surgeAt - 8 * DAY) / HOUR) * HOUR;
  const cells: HistoryCell[] = [];
  for (let t = from; t < until; t += MIN) {
    const surging = t >= surgeAt && t < surgeAt + surgeMs;
    const n = samplePoisson(random, surging ? 80 : 2);
    if (!n) continue;
    const gb = Math.round(n * 0.6);
    const parts: [string, string, number][] = [
      ["login", "GB", gb],
      ["login", "US", n - gb],
    ];
    if (surging) parts.push([surgeProblem, "FR", 5]);
    for (const [problem, country, count] of parts) if (count > 0) cells.push({ serviceId: service.id, minute: t, problem, country, count });
  }
  await stores.reports.addHistory(cells);
  const runtime = await loadDetectionRuntime(stores.detection);
  await runDetectionTick({ ...stores, now: until + 5_000, runtime });
  return { slug, surgeAt, surgeMs, until };
}
