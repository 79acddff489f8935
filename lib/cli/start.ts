import { readEnv } from "@/lib/config/env";
import { readDemoUntil } from "@/lib/demo/demo-marker";
import { startServer } from "@/lib/server/start-server";
import { getStores } from "@/lib/stores/get-stores";
import { ensureBuild } from "./ensure-build";

/** `npm start`: the real service. Empty history, catalog upserted, migrations applied; refuses a demo database. */
async function main() {
  const dev = process.argv.includes("--dev");
  const env = readEnv();
  const stores = await getStores();
  if ((await readDemoUntil(stores.ops)) !== null) {
    console.error(`${env.DATABASE_URL ? "DATABASE_URL" : env.DATABASE_PATH} holds simulated demo data. Use another database for real reports, or delete it.`);
    process.exit(2);
  }
  if (!dev) ensureBuild();
  await startServer({ dev });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
