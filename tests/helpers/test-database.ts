import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { openPostgres } from "../../db/postgres/client";
import type { SqlClient } from "../../db/sql-client";
import { openSqlite } from "../../db/sqlite/client";
import { createPostgresStores, createSqliteStores } from "../../lib/stores/open-stores";
import type { Stores } from "../../lib/stores/stores";

/**
 * Which store this test run exercises: every suite runs on SQLite; the store, integration and HTTP suites run again on
 * PostgreSQL (vitest project "postgresql", when TEST_DATABASE_URL names a server: see .ci/with-postgres).
 */
export const TEST_STORE: "sqlite" | "postgresql" = process.env.DOWNWIRE_TEST_STORE === "postgresql" ? "postgresql" : "sqlite";
export const onPostgres = TEST_STORE === "postgresql";

/** The migrated database every PostgreSQL test database is copied from (made once per run by global-setup.ts). */
export const PG_TEMPLATE = "downwire_test_template";
export const PG_TEST_PREFIX = "downwire_t_";

/** Stores on a test database, with plain SQL for checks a test makes beside the domain functions. */
export type TestStores = Stores & { sql: SqlClient };

export interface TestDatabase {
  kind: "sqlite" | "postgresql";
  /** The environment a server process needs to use it. */
  env: Record<string, string>;
  /** The SQLite file, or the PostgreSQL URL. */
  location: string;
  open(): Promise<TestStores>;
  /** Deletes it (files, or the database). */
  drop(): Promise<void>;
}

export function makeTempDbPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "downwire-")), "test.db");
}

export function adminUrl(database = "postgres"): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the PostgreSQL server's maintenance database. */
export async function runAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function openSqliteStores(file: string): TestStores {
  const db = openSqlite(file);
  return { ...createSqliteStores(db), sql: db };
}

/** A fresh, migrated, empty database of the run's store kind. */
export async function createTestDatabase(kind = TEST_STORE): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const file = makeTempDbPath();
    return {
      kind,
      env: { DATABASE_PATH: file, DATABASE_URL: "" },
      location: file,
      open: async () => openSqliteStores(file),
      drop: async () => fs.rmSync(path.dirname(file), { recursive: true, force: true }),
    };
  }
  const name = `${PG_TEST_PREFIX}${crypto.randomBytes(6).toString("hex")}`;
  await runAdmin(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`);
  const url = adminUrl(name);
  return {
    kind,
    env: { DATABASE_URL: url },
    location: url,
    open: async () => {
      const db = await openPostgres(url, { max: 4 });
      return { ...createPostgresStores(db, url), sql: db };
    },
    drop: () => runAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Stores on a fresh database for one test: SQLite in memory, or a new PostgreSQL database (dropped when closed).
 */
export async function openTestStores(): Promise<TestStores> {
  if (TEST_STORE === "sqlite") return openSqliteStores(":memory:");
  const database = await createTestDatabase("postgresql");
  const stores = await database.open();
  return {
    ...stores,
    close: async () => {
      await stores.close();
      await database.drop();
    },
  };
}
