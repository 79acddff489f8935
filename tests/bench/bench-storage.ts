import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "../../db/client";
import { listServices } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { pickReport } from "../../lib/demo/pick-report";
import { createRandom, samplePoisson } from "../../lib/demo/prng";
import { readBaseRate } from "../../lib/demo/service-rhythm";
import { createIntakeLimits } from "../../lib/reports/intake-limits";
import { DEFAULT_INTAKE_CONFIG } from "../../lib/reports/config";
import { recordReport } from "../../lib/reports/record-report";

const TARGET = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const MIN = 60_000;

/**
 * (d) Bytes on disk per report: TARGET reports through the real intake function (each a distinct reporter), spread
 * over the catalog with the demo's daily rhythm and popularity, raw rows kept as configured (30 days > the span).
 */
function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-storage-"));
  const file = path.join(dir, "bench.db");
  const db = openDb(file);
  const start = Date.UTC(2026, 10, 2);
  upsertCatalog({ db, now: start });
  const services = listServices(db);
  const random = createRandom(42);
  const deps = { db, config: DEFAULT_INTAKE_CONFIG, limits: createIntakeLimits({ ...DEFAULT_INTAKE_CONFIG, burstLimit: Number.MAX_SAFE_INTEGER, networkLimit: Number.MAX_SAFE_INTEGER }) };
  let n = 0;
  let t = start;
  const began = performance.now();
  const recordMinute = db.$client.transaction((minute: number) => {
    for (const service of services) {
      const k = samplePoisson(random, readBaseRate(service, minute));
      for (let i = 0; i < k && n < TARGET; i++, n++) {
        const { problem, country } = pickReport(random, service, null);
        const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
        recordReport({ ...deps, now: minute + Math.floor(random() * MIN) }, { service: service.slug, problem, country: country || undefined }, { ip, userAgent: `Mozilla/5.0 bench/${n}`, derivedCountry: null });
      }
    }
  });
  while (n < TARGET) {
    recordMinute(t);
    t += MIN;
  }
  const seconds = (performance.now() - began) / 1000;
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  const bytes = fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
  const tables = db.$client.prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC").all() as { name: string; bytes: number }[];
  const raw = (db.$client.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n;
  const minutes = (db.$client.prepare("SELECT COUNT(*) AS n FROM report_minutes").get() as { n: number }).n;
  console.log(`Storage: ${n.toLocaleString("en")} reports over ${((t - start) / 86_400_000).toFixed(1)} days on ${services.length} services, recorded in ${seconds.toFixed(1)} s`);
  console.log(`  ${raw.toLocaleString("en")} raw rows, ${minutes.toLocaleString("en")} per-minute rollup rows`);
  for (const r of tables.filter((r) => r.bytes > 64 * 1024)) console.log(`  ${r.name.padEnd(28)} ${(r.bytes / 1e6).toFixed(1).padStart(7)} MB  ${(r.bytes / n).toFixed(1).padStart(6)} B/report`);
  console.log(`database file: ${(bytes / 1e6).toFixed(1)} MB = ${(bytes / n).toFixed(1)} bytes per report (rollups and raw rows included)`);
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main();
