import fs from "node:fs";
import path from "node:path";
import Database, { type Statement } from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { FENCE_SQL, LeaseLostError, type SqlClient, type TransactionOptions } from "../sql-client";

const MIGRATIONS_DIR = path.join(process.cwd(), "db", "sqlite", "migrations");

/**
 * One SQLite connection (the process's only writer) behind the SqlClient seam. Everything runs synchronously inside;
 * the promises it returns are already settled, so a domain function's awaits on it cost a microtask, not a turn of
 * the event loop. Prepared statements are cached here, once per connection, for every store that uses it.
 */
const SQLITE_CLOCK = "CAST(unixepoch('subsec') * 1000 AS INTEGER)";

export class SqliteDb implements SqlClient {
  readonly dialect = "sqlite" as const;
  readonly clockSql = SQLITE_CLOCK;
  private readonly statements = new Map<string, Statement>();
  /** Settles when the open async transaction ends; null when none is open. */
  private busy: Promise<void> | null = null;

  constructor(readonly raw: Database.Database) {}

  /** A statement prepared once per connection and reused. */
  prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.raw.prepare(sql)));
    return s;
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    await this.whenIdle();
    return this.prepare(sql).run(...params).changes;
  }

  /**
   * Waits until no async transaction is open. A write that ran inside another caller's transaction would commit or
   * roll back with it, so every write outside one waits here first (reads need not).
   */
  whenIdle(): Promise<void> | void {
    if (!this.busy) return;
    return this.busy.then(() => this.whenIdle());
  }

  /** A synchronous transaction (intake's group commit); callers first await whenIdle(). */
  writeSync<T>(fn: () => T): T {
    if (this.busy) throw new Error("writeSync inside an async transaction; await whenIdle() first");
    return this.raw.transaction(fn)();
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    await this.whenIdle();
    let done!: () => void;
    this.busy = new Promise<void>((resolve) => (done = resolve));
    const tx = new SqliteTransaction(this);
    try {
      this.raw.exec("BEGIN IMMEDIATE");
      const { fence } = options;
      if (fence && this.prepare(FENCE_SQL).run(fence.name, fence.holder, fence.epoch).changes !== 1) throw new LeaseLostError(fence);
      const result = await fn(tx);
      this.raw.exec("COMMIT");
      return result;
    } catch (error) {
      if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
      throw error;
    } finally {
      tx.closed = true;
      this.busy = null;
      done();
    }
  }

  close(): void {
    this.raw.close();
  }
}

/** The connection as seen from inside an async transaction: its writes are part of it. */
class SqliteTransaction implements SqlClient {
  readonly dialect = "sqlite" as const;
  readonly clockSql = SQLITE_CLOCK;
  closed = false;

  constructor(private readonly db: SqliteDb) {}

  private open(sql: string): Statement {
    if (this.closed) throw new Error("transaction already ended");
    return this.db.prepare(sql);
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.open(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return this.open(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.open(sql).run(...params).changes;
  }

  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return fn(this);
  }
}

/**
 * Opens a database file (or ":memory:") and applies the committed migrations. WAL lets readers run beside the single
 * writer. With synchronous=NORMAL (the default) a committed transaction survives a killed or crashed process (tested
 * with kill -9); only an OS crash or power cut can lose the last moments of commits. FULL closes that gap too, at
 * about a fifth of intake throughput (see README, Benchmarks). Either way the database stays consistent.
 */
export function openSqlite(file: string, { synchronous = "NORMAL", readonly = false }: { synchronous?: "NORMAL" | "FULL"; readonly?: boolean } = {}): SqliteDb {
  if (readonly) return new SqliteDb(new Database(file, { readonly: true, fileMustExist: true }));
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_DIR });
  return new SqliteDb(sqlite);
}

/** SQLite's own page-level check of the file ("ok" when clean). */
export function checkSqliteIntegrity(db: SqliteDb): string {
  return (db.raw.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
}

/** Copies a live database with SQLite's online backup API: consistent even mid-write, which a file copy of a WAL database is not. */
export async function backupSqlite(from: string, to: string): Promise<number> {
  fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  return fs.statSync(to).size;
}
