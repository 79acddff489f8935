import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readEnv } from "@/lib/config/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "./data/downwire.db";
const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

/**
 * Opens a database and applies the committed migrations. WAL lets readers run beside the single writer. With
 * synchronous=NORMAL (the default) a committed transaction survives a killed or crashed process (tested with
 * kill -9); only an OS crash or power cut can lose the last moments of commits. SQLITE_SYNCHRONOUS=FULL closes
 * that gap too, at about a fifth of intake throughput (see README, Benchmarks). Either way the database stays
 * consistent.
 */
export function openDb(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${readEnv().SQLITE_SYNCHRONOUS}`);
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

// The custom server and Next's bundle each load this module; one connection on globalThis serves both, so there
// is one writer, and closing it at shutdown checkpoints the WAL away.
const SHARED = Symbol.for("downwire.db");
type WithDb = typeof globalThis & { [SHARED]?: Db };

/** The process-wide connection for DATABASE_PATH, opened on first use. */
export function getDb(): Db {
  const g = globalThis as WithDb;
  g[SHARED] ??= openDb(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
  return g[SHARED];
}
