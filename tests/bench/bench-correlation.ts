import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqlite } from "../../db/sqlite/client";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { correlateIncidents } from "../../lib/correlation/run-correlation";
import { DAY, MIN, surge, writeSeries, type SeriesScript } from "../helpers/correlated-series";
import { makeLargeCatalog } from "./large-catalog";
import { createSqliteStores } from "../../lib/stores/open-stores";

const SERVICES = Number(process.env.BENCH_CORRELATION_SERVICES ?? 10_000);
const HIT = Number(process.env.BENCH_CORRELATION_HIT ?? 300);
const PROVIDERS = ["aws", "cloudflare", "google-cloud", "azure", "fastly", "akamai"];

/**
 * The correlation step's cost per tick on a big catalog whose made-up services each run on one of six providers
 * (about 1,650 dependents each): a quiet tick, the tick in which HIT of Cloudflare's dependents and Cloudflare
 * itself open incidents at once, the ticks while that group gathers evidence, and once it has. Real SQLite file,
 * real migrations, 8 days of generated per-minute reports for the services involved.
 */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-correlation-"));
  const sqlite = openSqlite(path.join(dir, "bench.db"));
  const stores = createSqliteStores(sqlite);
  const now = Date.UTC(2026, 10, 24, 12, 0, 0);
  const catalog = makeLargeCatalog(SERVICES).map((s, i) => (s.slug.startsWith("bench-") ? { ...s, dependsOn: [PROVIDERS[i % PROVIDERS.length]] } : s));
  await upsertCatalog({ catalog: stores.catalog, now, seed: catalog });
  const services = await readCatalog(stores.catalog);
  const hit = services.list().filter((s) => s.dependsOn.includes("cloudflare")).slice(0, HIT);
  const at = now - 40 * MIN;
  const scripts: SeriesScript[] = [
    { slug: "cloudflare", seed: 1, peakPerMin: 1.5, countries: { US: 5, GB: 2, DE: 2 }, lift: surge(at, 6 * 3_600_000, 15) },
    ...hit.map((s, i) => ({ slug: s.slug, seed: 100 + i, peakPerMin: 0.004 * s.popularity ** 1.5 + 0.05, countries: { US: 5, GB: 2, DE: 2 }, lift: surge(at + (i % 10) * MIN, 6 * 3_600_000, 20) })),
  ];
  let t = performance.now();
  await writeSeries(stores, scripts, now - 8 * DAY, now);
  await sqlite.transaction(async (tx) => {
    for (const [i, s] of [services.find("cloudflare")!, ...hit].entries()) {
      await tx.run("INSERT INTO incidents (service_id, started_at, detected_at, peak_at, peak_count, peak_expected) VALUES (?, ?, ?, ?, 100, 5)", [s.id, at + (i % 10) * MIN, at + (i % 10) * MIN + 15 * MIN, now - MIN]);
    }
  });
  console.log(`Correlation: ${SERVICES.toLocaleString("en")} services, ${hit.length} of Cloudflare's dependents failing with it (data written in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

  const time = async (label: string, when: number) => {
    t = performance.now();
    const r = await correlateIncidents({ ...stores, now: when });
    console.log(`  ${label}: ${(performance.now() - t).toFixed(1)} ms (${r.assessed} incidents assessed, ${r.evaluated} groups explained)`);
  };
  await time(`surge tick (${hit.length + 1} new incidents)`, now);
  await time("next tick (group gathering evidence)", now + MIN);
  await time("a tick 30 minutes in", now + 30 * MIN);
  await time("a tick 2 hours in (evidence settled)", now + 2 * 3_600_000);
  await time("another tick 2 hours in", now + 2 * 3_600_000 + MIN);
  await sqlite.run("UPDATE incidents SET ended_at = ?", [now + 3 * 3_600_000]);
  await time("the tick its members have closed in", now + 6 * 3_600_000);
  await time("a quiet tick", now + 6 * 3_600_000 + MIN);
  await stores.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
