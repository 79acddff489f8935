import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqlite } from "../../db/sqlite/client";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { pickReport } from "../../lib/demo/pick-report";
import { createRandom, samplePoisson } from "../../lib/demo/prng";
import { readBaseRate } from "../../lib/demo/service-rhythm";
import { DEFAULT_INTAKE_CONFIG } from "../../lib/reports/config";
import { recordReports, type ReportRequest } from "../../lib/reports/record-report";
import { createSqliteStores } from "../../lib/stores/open-stores";

const TARGET = Number(process.env.BENCH_REPORTS ?? 1_000_000);
const MIN = 60_000;

/**
 * (d) Bytes on disk per report: TARGET reports through the real intake function (each a distinct reporter), spread
 * over the catalog with the demo's daily rhythm and popularity, raw rows kept as configured (30 days > the span).
 */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-storage-"));
  const file = path.join(dir, "bench.db");
  const db = openSqlite(file);
  const stores = createSqliteStores(db);
  const start = Date.UTC(2026, 10, 2);
  await upsertCatalog({ catalog: stores.catalog, now: start });
  const services = (await readCatalog(stores.catalog)).list();
  const random = createRandom(42);
  const config = { ...DEFAULT_INTAKE_CONFIG, burstLimit: Number.MAX_SAFE_INTEGER, networkLimit: Number.MAX_SAFE_INTEGER };
  let n = 0;
  let t = start;
  const began = performance.now();
  // A minute's reports in one batch, as intake's group commit would write a surge.
  while (n < TARGET) {
    const batch: ReportRequest[] = [];
    for (const service of services) {
      const k = samplePoisson(random, readBaseRate(service, t));
      for (let i = 0; i < k && n < TARGET; i++, n++) {
        const { problem, country } = pickReport(random, service, null);
        const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
        batch.push({ input: { service: service.slug, problem, country: country || undefined }, client: { ip, userAgent: `Mozilla/5.0 bench/${n}`, derivedCountry: null } });
      }
    }
    await recordReports({ ...stores, now: t + 30_000, config }, batch);
    t += MIN;
  }
  const seconds = (performance.now() - began) / 1000;
  db.raw.pragma("wal_checkpoint(TRUNCATE)");
  const bytes = fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
  const tables = db.raw.prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC").all() as { name: string; bytes: number }[];
  const raw = (db.raw.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n;
  const minutes = (db.raw.prepare("SELECT COUNT(*) AS n FROM report_minutes").get() as { n: number }).n;
  console.log(`Storage: ${n.toLocaleString("en")} reports over ${((t - start) / 86_400_000).toFixed(1)} days on ${services.length} services, recorded in ${seconds.toFixed(1)} s`);
  console.log(`  ${raw.toLocaleString("en")} raw rows, ${minutes.toLocaleString("en")} per-minute rollup rows`);
  for (const r of tables.filter((r) => r.bytes > 64 * 1024)) console.log(`  ${r.name.padEnd(28)} ${(r.bytes / 1e6).toFixed(1).padStart(7)} MB  ${(r.bytes / n).toFixed(1).padStart(6)} B/report`);
  console.log(`database file: ${(bytes / 1e6).toFixed(1)} MB = ${(bytes / n).toFixed(1)} bytes per report (rollups and raw rows included)`);
  await stores.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
