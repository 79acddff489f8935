import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { startServer } from "../../lib/server/start-server";
import { makeLargeCatalog } from "./large-catalog";
import { getStores } from "../../lib/stores/get-stores";

/**
 * The production server over a catalog of BENCH_SERVICES services with BENCH_DAYS of history in the rollups
 * (seeded once into DATABASE_PATH). Started by bench-pages.ts.
 */
async function main() {
  const size = Number(process.env.BENCH_SERVICES ?? 1000);
  const days = Number(process.env.BENCH_DAYS ?? 14);
  const catalog = makeLargeCatalog(size);
  const stores = await getStores();
  const now = Date.now();
  await upsertCatalog({ catalog: stores.catalog, now, seed: catalog });
  const started = performance.now();
  const n = await seedHistory({ ...stores, from: now - days * 86_400_000, to: now, random: createRandom(7) });
  console.log(`seeded ${n.toLocaleString("en")} reports of history for ${size} services in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const warm = performance.now();
  await startServer({ catalog });
  console.log(`first detection tick (warm-up over ${days} days) and start: ${((performance.now() - warm) / 1000).toFixed(1)} s`);
}

void main();
