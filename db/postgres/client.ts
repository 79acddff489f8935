import path from "node:path";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { FENCE_SQL, LeaseLostError, type SqlClient, type TransactionOptions } from "../sql-client";

const MIGRATIONS_DIR = path.join(process.cwd(), "db", "postgres", "migrations");
/** Session lock held while migrating, so nodes starting together apply each migration once. */
const MIGRATION_LOCK = 7_301_001;

/** How long a query may take before the caller gets an error (and intake a 503) rather than hanging. */
const QUERY_TIMEOUT_MS = 15_000;
const CONNECT_TIMEOUT_MS = 5_000;

// bigint (ms timestamps, report ids, counts) and numeric (SUM of bigint) arrive as text by default; every one of ours
// fits a double exactly. The 64-bit reporter keys are the exception: queries that read them cast them to text.
const parseNumber = (v: string) => Number(v);
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === 20 || oid === 1700) return parseNumber;
    // bigint[] (the intake memory's hits): as int[], whose parser makes numbers.
    if (oid === 1016) return pg.types.getTypeParser(1007 as Parameters<typeof pg.types.getTypeParser>[0]);
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

const converted = new Map<string, string>();

/** `?` placeholders (the seam's) to `$1, $2, …` (PostgreSQL's). No statement of ours has a `?` in a literal. */
export function toPgPlaceholders(sql: string): string {
  let text = converted.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    if (converted.size > 2000) converted.clear();
    converted.set(sql, text);
  }
  return text;
}

/** Runs seam SQL on anything that queries: the pool, or one connection inside a transaction. */
class PgQueries {
  readonly dialect = "postgresql" as const;
  readonly clockSql = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";

  constructor(protected readonly queryable: pg.Pool | pg.PoolClient) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.queryable.query(toPgPlaceholders(sql), params as unknown[])).rows as T[];
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.queryable.query(toPgPlaceholders(sql), params as unknown[])).rowCount ?? 0;
  }
}

class PgTransaction extends PgQueries implements SqlClient {
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return fn(this);
  }
}

/** A pooled PostgreSQL database behind the SqlClient seam (drizzle's node-postgres driver runs its migrations). */
export class PgDb extends PgQueries implements SqlClient {
  constructor(readonly pool: pg.Pool) {
    super(pool);
  }

  /** A statement prepared once per connection under `name` (hot paths: intake). */
  async query<T extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<T[]> {
    return (await this.pool.query<T>({ name, text, values })).rows;
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const { fence } = options;
      if (fence && (await client.query(toPgPlaceholders(FENCE_SQL), [fence.name, fence.holder, fence.epoch])).rowCount !== 1) throw new LeaseLostError(fence);
      const result = await fn(new PgTransaction(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (e) {
        broken = e as Error;
      }
      throw error;
    } finally {
      // A connection that could not even roll back is not given to the next caller.
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export function createPgPool(url: string, { max = 10 }: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: TYPES,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: "downwire",
  });
  // An idle connection dropped by the server (restart, failover) must not take the process down; the next query
  // opens a new one.
  pool.on("error", (err) => console.error("[postgres] idle connection lost:", err.message));
  return pool;
}

/** Connects and applies the committed PostgreSQL migrations (once, even when several nodes start together). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<PgDb> {
  const pool = createPgPool(url, options);
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } catch (error) {
    client.release();
    await pool.end();
    throw error;
  }
  client.release();
  return new PgDb(pool);
}
