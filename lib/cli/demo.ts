import { upsertCatalog } from "@/lib/catalog/upsert-catalog";
import { readEnv } from "@/lib/config/env";
import { DEMO_SEED, HISTORY_DAYS, LIVE_INTERVAL_MS } from "@/lib/demo/config";
import { readDemoUntil, writeDemoUntil } from "@/lib/demo/demo-marker";
import { createRandom } from "@/lib/demo/prng";
import { seedHistory } from "@/lib/demo/seed-history";
import { simulateLive } from "@/lib/demo/simulate-live";
import { DEMO_CATALOG } from "@/lib/demo/demo-catalog";
import { planPastOutages } from "@/lib/demo/past-outages";
import { simulateOfficial } from "@/lib/demo/simulate-official";
import { DAY_MS } from "@/lib/privacy/config";
import { readIntakeConfig } from "@/lib/reports/config";
import { startServer } from "@/lib/server/start-server";
import { getStores } from "@/lib/stores/get-stores";
import { ensureBuild } from "./ensure-build";

/** `npm run demo`: build if needed, fill in simulated history up to now, then serve and keep simulating. */
async function main() {
  process.env.DOWNWIRE_DEMO = "1";
  const env = readEnv();
  const stores = await getStores();
  const hasRealData = (await readDemoUntil(stores.ops)) === null && (await stores.reports.hasHistory());
  if (hasRealData) {
    console.error(`${env.DATABASE_URL ? "DATABASE_URL" : env.DATABASE_PATH} holds real reports; the demo will not mix simulated ones in. Set DATABASE_PATH=./data/demo.db`);
    process.exit(2);
  }
  ensureBuild();
  const now = Date.now();
  await upsertCatalog({ catalog: stores.catalog, now, seed: DEMO_CATALOG });
  const from = Math.max((await readDemoUntil(stores.ops)) ?? 0, now - HISTORY_DAYS * DAY_MS);
  const random = createRandom(DEMO_SEED ^ Math.floor(from / 60_000));
  const started = Date.now();
  const n = await seedHistory({ ...stores, from, to: now, random });
  await writeDemoUntil(stores.ops, now);
  console.log(`Demo: simulated ${n.toLocaleString("en")} reports of history in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Vendors' status pages are simulated, never polled, in the demo.
  const outages = planPastOutages(now);
  await simulateOfficial({ official: stores.official, now, outages });

  const config = readIntakeConfig(env);
  let last = now;
  await startServer({
    catalog: DEMO_CATALOG,
    jobs: [
      { name: "demo-official-status", everyMs: 60_000, run: (t) => simulateOfficial({ official: stores.official, detection: stores.detection, now: t, outages }).then(() => undefined) },
      {
        name: "demo-live-reports",
        everyMs: LIVE_INTERVAL_MS,
        run: async (t) => {
          await simulateLive({ deps: { ...stores, now: t, config }, from: last, to: t, random });
          last = t;
          await writeDemoUntil(stores.ops, t);
        },
      },
    ],
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
