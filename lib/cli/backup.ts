import path from "node:path";
import { readEnv } from "@/lib/config/env";
import { backupDatabase, dumpPostgres } from "@/lib/ops/backup-database";

/**
 * `npm run backup [-- --out FILE]`: an online backup of the database in use. SQLite (DATABASE_PATH): the online
 * backup API, default ./data/backups/downwire-<time>.db. PostgreSQL (DATABASE_URL): pg_dump, default
 * ./data/backups/downwire-<time>.dump.
 */
async function main() {
  const env = readEnv();
  const i = process.argv.indexOf("--out");
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const given = i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : null;
  if (env.DATABASE_URL) {
    const out = given ?? path.join("data", "backups", `downwire-${stamp}.dump`);
    const where = new URL(env.DATABASE_URL);
    console.log(
      `PostgreSQL (${where.host}${where.pathname}): running pg_dump --format=custom, a consistent snapshot taken while every node keeps writing.\n` +
        `Restore into an empty database with: pg_restore --no-owner --dbname <url> ${out}  (then start the nodes; migrations bring it up to date).`,
    );
    const { bytes } = await dumpPostgres({ url: env.DATABASE_URL, to: out });
    console.log(`Backed up to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
    return;
  }
  const out = given ?? path.join(path.dirname(env.DATABASE_PATH), "backups", `downwire-${stamp}.db`);
  const { bytes } = await backupDatabase({ from: env.DATABASE_PATH, to: out });
  console.log(`Backed up ${env.DATABASE_PATH} to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
