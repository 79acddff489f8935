import path from "node:path";
import { readEnv } from "@/lib/config/env";
import { backupDatabase } from "@/lib/ops/backup-database";

/** `npm run backup [-- --out FILE]`: an online backup of DATABASE_PATH (default ./data/backups/downwire-<time>.db). */
async function main() {
  const env = readEnv();
  const i = process.argv.indexOf("--out");
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const out = i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : path.join(path.dirname(env.DATABASE_PATH), "backups", `downwire-${stamp}.db`);
  const { bytes } = await backupDatabase({ from: env.DATABASE_PATH, to: out });
  console.log(`Backed up ${env.DATABASE_PATH} to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
