import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Copies a live database with SQLite's online backup API: consistent even while the server writes, which a
 * plain file copy of a WAL database is not. Returns the backup's path and size.
 */
export async function backupDatabase({ from, to }: { from: string; to: string }): Promise<{ path: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  return { path: to, bytes: fs.statSync(to).size };
}
