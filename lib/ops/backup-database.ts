import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { backupSqlite } from "@/db/sqlite/client";

/**
 * Copies a live SQLite database with SQLite's online backup API: consistent even while the server writes, which a
 * plain file copy of a WAL database is not. Returns the backup's path and size.
 */
export async function backupDatabase({ from, to }: { from: string; to: string }): Promise<{ path: string; bytes: number }> {
  return { path: to, bytes: await backupSqlite(from, to) };
}

/** pg_dump from PATH, else from Debian's newest PostgreSQL (its binaries are not on PATH). */
export function findPgDump(): string {
  const debian = "/usr/lib/postgresql";
  const versions = fs.existsSync(debian) ? fs.readdirSync(debian).filter((v) => fs.existsSync(path.join(debian, v, "bin", "pg_dump"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(debian, versions[0], "bin", "pg_dump") : "pg_dump";
}

/**
 * A PostgreSQL backup with pg_dump in its custom format (compressed, restored with pg_restore): one consistent
 * snapshot of the whole database, taken while every node keeps writing. Rejects with pg_dump's own words on failure.
 */
export async function dumpPostgres({ url, to, pgDump = findPgDump() }: { url: string; to: string; pgDump?: string }): Promise<{ path: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true });
  await new Promise<void>((resolve, reject) => {
    // The password goes in the environment, not on the command line other users can read.
    const target = new URL(url);
    const password = decodeURIComponent(target.password);
    target.password = "";
    const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
    const child = spawn(pgDump, ["--format=custom", "--no-owner", "--file", to, "--dbname", target.toString()], { env, stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (d) => (errors += d));
    child.on("error", (e) => reject(new Error(`cannot run ${pgDump}: ${e.message} (install PostgreSQL's client tools, e.g. apt-get install postgresql-client)`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump failed (${code}): ${errors.trim()}`))));
  });
  return { path: to, bytes: fs.statSync(to).size };
}
