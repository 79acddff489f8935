import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqlite } from "../../db/sqlite/client";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { createRandom, samplePoisson } from "../../lib/demo/prng";
import { DETECTOR_CONFIG, LIVE_BUCKET_MS } from "../../lib/detection/config";
import { detectSeries } from "../../lib/detection/detect-series";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import type { HistoryCell } from "../../lib/reports/store/report-store";
import { createSqliteStores } from "../../lib/stores/open-stores";
import { makeLargeCatalog } from "./large-catalog";

const SERVICES = Number(process.env.BENCH_TICK_SERVICES ?? 10_000);
const TICKS = 5;
const MIN = 60_000;

/**
 * (c) One live detection tick over SERVICES services in steady state: every detector already warm (a state learned
 * on 14 days of per-minute counts, copied to each service), one new minute of rollups per service, then the tick
 * reads them, steps every detector, tracks incidents and writes every status. Real SQLite file, real migrations.
 */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-tick-"));
  const stores = createSqliteStores(openSqlite(path.join(dir, "bench.db")));
  const now = Date.UTC(2026, 10, 24, 12, 0, 0);
  await upsertCatalog({ catalog: stores.catalog, now, seed: makeLargeCatalog(SERVICES) });
  const services = (await readCatalog(stores.catalog)).list();
  const random = createRandom(3);
  const history = [];
  for (let t = now - 14 * 86_400_000; t < now - 5 * MIN; t += MIN) history.push({ t, count: samplePoisson(random, 2) });
  const warm = detectSeries(history, LIVE_BUCKET_MS, DETECTOR_CONFIG).state;
  await stores.detection.commitTick({ ops: [], statuses: [], resetsDone: [], states: services.map((s) => ({ serviceId: s.id, state: JSON.stringify(warm), through: warm.t! })) });
  const runtime = await loadDetectionRuntime(stores.detection);
  console.log(`Detection tick: ${services.length.toLocaleString("en")} services, steady state (1 new minute each)`);
  // The first tick catches up the minutes since the copied state; the timed ones are one minute each.
  await runDetectionTick({ ...stores, now: now - 3 * MIN, runtime });
  for (let k = 0; k < TICKS; k++) {
    const minute = now - 3 * MIN + k * MIN;
    const cells: HistoryCell[] = services.map((s) => ({ serviceId: s.id, minute, problem: "other", country: "US", count: samplePoisson(random, 2) })).filter((c) => c.count > 0);
    await stores.reports.addHistory(cells);
    const t = performance.now();
    const steps = await runDetectionTick({ ...stores, now: minute + MIN + 1_000, runtime });
    console.log(`  tick ${k + 1}: ${(performance.now() - t).toFixed(0)} ms for ${steps.toLocaleString("en")} detector steps`);
  }
  await stores.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
