import { getDb } from "@/db/client";
import { upsertCatalog } from "@/lib/catalog/upsert-catalog";
import { readEnv } from "@/lib/config/env";
import { DEMO_SEED, HISTORY_DAYS, LIVE_INTERVAL_MS } from "@/lib/demo/config";
import { readDemoUntil, writeDemoUntil } from "@/lib/demo/demo-marker";
import { createRandom } from "@/lib/demo/prng";
import { seedHistory } from "@/lib/demo/seed-history";
import { simulateLive } from "@/lib/demo/simulate-live";
import { DAY_MS } from "@/lib/privacy/config";
import { createIntakeLimits } from "@/lib/reports/intake-limits";
import { readIntakeConfig } from "@/lib/reports/config";
import { startServer } from "@/lib/server/start-server";
import { ensureBuild } from "./ensure-build";

/** `npm run demo`: build if needed, fill in simulated history up to now, then serve and keep simulating. */
async function main() {
  process.env.DOWNWIRE_DEMO = "1";
  const env = readEnv();
  const db = getDb();
  const hasRealData = readDemoUntil(db) === null && (db.$client.prepare("SELECT COUNT(*) AS n FROM report_hours").get() as { n: number }).n > 0;
  if (hasRealData) {
    console.error(`${env.DATABASE_PATH} holds real reports; the demo will not mix simulated ones in. Set DATABASE_PATH=./data/demo.db`);
    process.exit(2);
  }
  ensureBuild();
  const now = Date.now();
  upsertCatalog({ db, now });
  const from = Math.max(readDemoUntil(db) ?? 0, now - HISTORY_DAYS * DAY_MS);
  const random = createRandom(DEMO_SEED ^ Math.floor(from / 60_000));
  const started = Date.now();
  const n = seedHistory({ db, from, to: now, random });
  writeDemoUntil(db, now);
  console.log(`Demo: simulated ${n.toLocaleString("en")} reports of history in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const config = readIntakeConfig(env);
  const liveDeps = { db, config, limits: createIntakeLimits(config) };
  let last = now;
  await startServer({
    jobs: [
      {
        name: "demo-live-reports",
        everyMs: LIVE_INTERVAL_MS,
        run: (t) => {
          simulateLive({ deps: { ...liveDeps, now: t }, from: last, to: t, random });
          last = t;
          writeDemoUntil(db, t);
        },
      },
    ],
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
