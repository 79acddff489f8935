import { parseArgs } from "node:util";
import { readEnv } from "@/lib/config/env";
import { readDemoUntil } from "@/lib/demo/demo-marker";
import { startServer } from "@/lib/server/start-server";
import { getStores } from "@/lib/stores/get-stores";
import { ensureBuild } from "./ensure-build";

/** `--dev` (`npm run dev`), nothing else: settings are environment variables, and a flag that looks like one says so. */
function readDevFlag(): boolean {
  try {
    return parseArgs({ options: { dev: { type: "boolean" } }, strict: true, allowPositionals: false }).values.dev === true;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}. Settings are environment variables, e.g. PORT=8080 npm start (README "Configuration").`);
    process.exit(2);
  }
}

/** `npm start`: the real service. Empty history, catalog upserted, migrations applied; refuses a demo database. */
async function main() {
  const dev = readDevFlag();
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
