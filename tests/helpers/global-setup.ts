import { ensureBuild } from "../../lib/cli/ensure-build";
import { openPostgres } from "../../db/postgres/client";
import { adminUrl, PG_TEMPLATE, PG_TEST_PREFIX, runAdmin } from "./test-database";
import pg from "pg";

async function dropTestDatabases(): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2", [`${PG_TEST_PREFIX}%`, PG_TEMPLATE]);
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * HTTP and browser tests run the production server, so build once before any test file starts. With a PostgreSQL
 * server (TEST_DATABASE_URL), migrate one template database that every PostgreSQL test database is copied from.
 */
export default async function setup() {
  // Vitest calls a global setup once for the run and once per project: do the work once.
  if (process.env.DOWNWIRE_GLOBAL_SETUP_DONE) return;
  process.env.DOWNWIRE_GLOBAL_SETUP_DONE = "1";
  ensureBuild();
  if (!process.env.TEST_DATABASE_URL) return;
  await dropTestDatabases();
  await runAdmin(`CREATE DATABASE ${PG_TEMPLATE}`);
  const db = await openPostgres(adminUrl(PG_TEMPLATE), { max: 1 });
  await db.close();
  return dropTestDatabases;
}
