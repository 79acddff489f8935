import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "../../db/client";
import { listServices } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { createRandom, samplePoisson } from "../../lib/demo/prng";
import { DETECTOR_CONFIG, LIVE_BUCKET_MS } from "../../lib/detection/config";
import { detectSeries } from "../../lib/detection/detect-series";
import { saveDetectorStates } from "../../lib/detection/detection-store";
import { createDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { makeLargeCatalog } from "./large-catalog";

const SERVICES = Number(process.env.BENCH_TICK_SERVICES ?? 10_000);
const TICKS = 5;
const MIN = 60_000;

/**
 * (c) One live detection tick over SERVICES services in steady state: every detector already warm (a state learned
 * on 14 days of per-minute counts, copied to each service), one new minute of rollups per service, then the tick
 * reads them, steps every detector, tracks incidents and writes every status. Real SQLite file, real migrations.
 */
function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-tick-"));
  const db = openDb(path.join(dir, "bench.db"));
  const now = Date.UTC(2026, 10, 24, 12, 0, 0);
  upsertCatalog({ db, now, catalog: makeLargeCatalog(SERVICES) });
  const services = listServices(db);
  const random = createRandom(3);
  const history = [];
  for (let t = now - 14 * 86_400_000; t < now - 5 * MIN; t += MIN) history.push({ t, count: samplePoisson(random, 2) });
  const warm = JSON.stringify(detectSeries(history, LIVE_BUCKET_MS, DETECTOR_CONFIG).state);
  saveDetectorStates(db, new Map(services.map((s) => [s.id, JSON.parse(warm)])));
  const runtime = createDetectionRuntime(db);
  const bump = db.$client.prepare("INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, 'other', 'US', ?) ON CONFLICT DO UPDATE SET count = count + excluded.count");
  console.log(`Detection tick: ${services.length.toLocaleString("en")} services, steady state (1 new minute each)`);
  // The first tick catches up the minutes since the copied state; the timed ones are one minute each.
  runDetectionTick({ db, now: now - 3 * MIN, runtime });
  for (let k = 0; k < TICKS; k++) {
    const minute = now - 3 * MIN + k * MIN;
    db.$client.transaction(() => {
      for (const s of services) bump.run(s.id, minute, samplePoisson(random, 2));
    })();
    const t = performance.now();
    const steps = runDetectionTick({ db, now: minute + MIN + 1_000, runtime });
    console.log(`  tick ${k + 1}: ${(performance.now() - t).toFixed(0)} ms for ${steps.toLocaleString("en")} detector steps`);
  }
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main();
