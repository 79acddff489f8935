import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeTarget, readDatabaseTarget, readEnv } from "@/lib/config/env";
import { backupDatabase, dumpPostgres } from "@/lib/ops/backup-database";

const USAGE = "usage: npm run backup [-- --out FILE]";

function refuse(message: string, code: 1 | 2): never {
  console.error(`backup: ${message}`);
  process.exit(code);
}

/** The destination from the command line, or null for the default; a typo'd flag is refused, not ignored. */
function readOut(): string | null {
  let values: { out?: string };
  try {
    ({ values } = parseArgs({ options: { out: { type: "string" } }, strict: true, allowPositionals: false }));
  } catch (err) {
    refuse(`${err instanceof Error ? err.message : String(err)} (${USAGE})`, 2);
  }
  if (values.out === undefined) return null;
  if (values.out.trim() === "") refuse(`--out needs a file name (${USAGE})`, 2);
  return values.out;
}

/**
 * `npm run backup [-- --out FILE]`: an online backup of the database in use. SQLite (DATABASE_PATH): the online
 * backup API, default ./data/backups/downwire-<time>.db. PostgreSQL (DATABASE_URL): pg_dump, default
 * ./data/backups/downwire-<time>.dump. It never writes over an existing file: not last night's backup, and not the
 * live database itself.
 */
async function main() {
  const given = readOut();
  const env = readEnv();
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const out = given ?? (env.DATABASE_URL ? path.join("data", "backups", `downwire-${stamp}.dump`) : path.join(path.dirname(env.DATABASE_PATH), "backups", `downwire-${stamp}.db`));
  if (fs.existsSync(out)) refuse(`${out} already exists; choose another --out or move it away (a backup never overwrites a file)`, 1);
  if (env.DATABASE_URL) {
    console.log(
      `${describeTarget(readDatabaseTarget(env))}: running pg_dump --format=custom, a consistent snapshot taken while every node keeps writing.\n` +
        `Restore into an empty database with: pg_restore --no-owner --dbname <url> ${out}  (then start the nodes; migrations bring it up to date).`,
    );
    const { bytes } = await dumpPostgres({ url: env.DATABASE_URL, to: out });
    console.log(`Backed up to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
    return;
  }
  if (!fs.existsSync(env.DATABASE_PATH)) refuse(`there is no database at DATABASE_PATH=${env.DATABASE_PATH} to back up`, 1);
  const { bytes } = await backupDatabase({ from: env.DATABASE_PATH, to: out });
  console.log(`Backed up ${env.DATABASE_PATH} to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
}

main().catch((err) => refuse(err instanceof Error ? err.message : String(err), 1));
