/**
 * The one seam between domain stores and a database: SQL text with `?` placeholders, run on SQLite or PostgreSQL.
 * Domain stores (lib/<domain>/store/) write their SQL once against this and work on both; the few statements that
 * differ by dialect (the PostgreSQL intake function, SQLite's in-memory intake) live in dialect-specific adapters.
 */
export type Dialect = "sqlite" | "postgresql";

/** What a write transaction must still hold to commit: a lease row this node won (see db/README.md, "Leases"). */
export interface LeaseFence {
  name: string;
  holder: string;
  epoch: number;
}

/** Thrown when a fenced transaction finds that another node has taken the lease since: nothing was written. */
export class LeaseLostError extends Error {
  constructor(fence: LeaseFence) {
    super(`lease "${fence.name}" is no longer held by ${fence.holder} (epoch ${fence.epoch})`);
    this.name = "LeaseLostError";
  }
}

export interface TransactionOptions {
  /** Commit only while this lease is still ours (checked first, inside the transaction, with the lease row locked). */
  fence?: LeaseFence;
}

export interface SqlClient {
  readonly dialect: Dialect;
  /** The database server's clock in ms since the epoch, as an SQL expression (one clock for every node). */
  readonly clockSql: string;
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a write; resolves with the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs `fn` in one transaction on one connection: all of it commits, or none of it (the error is rethrown). */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

/** `IN (1,2,3)` for whole-number ids, inlined (both dialects plan it well); never for text. */
export function inIds(ids: readonly number[]): string {
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`not an id: ${id}`);
  return ids.length ? `IN (${ids.join(",")})` : "IN (NULL)";
}

/** The statement that checks and locks a fence row; 1 row changed means the lease is still ours. */
export const FENCE_SQL = "UPDATE leases SET epoch = epoch WHERE name = ? AND holder = ? AND epoch = ?";
