import { getDb } from "@/db/client";
import { readEnv } from "@/lib/config/env";
import { readDemoUntil } from "@/lib/demo/demo-marker";
import { startServer } from "@/lib/server/start-server";
import { ensureBuild } from "./ensure-build";

/** `npm start`: the real service. Empty history, catalog upserted, migrations applied; refuses a demo database. */
async function main() {
  const dev = process.argv.includes("--dev");
  const env = readEnv();
  if (readDemoUntil(getDb()) !== null) {
    console.error(`${env.DATABASE_PATH} holds simulated demo data. Use another DATABASE_PATH for real reports, or delete the file.`);
    process.exit(2);
  }
  if (!dev) ensureBuild();
  await startServer({ dev });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
