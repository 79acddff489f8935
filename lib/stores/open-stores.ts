import type { DatabaseTarget } from "@/db/config";
import { describeTarget } from "@/lib/config/env";
import { createPgPool, openPostgres, PgDb } from "@/db/postgres/client";
import type { SqlClient } from "@/db/sql-client";
import { openSqlite, type SqliteDb } from "@/db/sqlite/client";
import { SqlAlertStore } from "@/lib/alerts/store/sql-alert-store";
import { SqlAdminStore } from "@/lib/admin/store/sql-admin-store";
import { SqlCatalogStore } from "@/lib/catalog/store/sql-catalog-store";
import { SqlLeaseStore } from "@/lib/cluster/store/sql-lease-store";
import { SqlCorrelationStore } from "@/lib/correlation/store/sql-correlation-store";
import { SqlDetectionStore } from "@/lib/detection/store/sql-detection-store";
import { SqlOfficialStatusStore } from "@/lib/official-status/store/sql-official-status-store";
import { SqlOpsStore } from "@/lib/ops/store/sql-ops-store";
import { PostgresReportStore } from "@/lib/reports/store/postgres-report-store";
import { SqliteReportStore } from "@/lib/reports/store/sqlite-report-store";
import type { ReportStore } from "@/lib/reports/store/report-store";
import type { Stores } from "./stores";

function assemble(kind: Stores["kind"], sql: SqlClient, reports: ReportStore, close: () => Promise<void>, leaseSql: SqlClient = sql): Stores {
  return {
    kind,
    catalog: new SqlCatalogStore(sql),
    reports,
    detection: new SqlDetectionStore(sql),
    correlation: new SqlCorrelationStore(sql),
    admin: new SqlAdminStore(sql),
    ops: new SqlOpsStore(sql),
    leases: new SqlLeaseStore(leaseSql),
    alerts: new SqlAlertStore(sql),
    official: new SqlOfficialStatusStore(sql),
    close,
  };
}

/** The stores on an open SQLite connection. */
export function createSqliteStores(db: SqliteDb): Stores {
  return assemble("sqlite", db, new SqliteReportStore(db), async () => db.close());
}

/**
 * The stores on an open PostgreSQL pool. Given the database's `url`, lease renewals get a one-connection pool of
 * their own: a surge can hold every pooled connection, and a renewal queued behind it would make the leader step
 * down (and stop detecting) at the moment detection matters most.
 */
export function createPostgresStores(db: PgDb, url?: string): Stores {
  const leaseDb = url ? new PgDb(createPgPool(url, { max: 1 })) : db;
  const close = async () => {
    await db.close();
    if (leaseDb !== db) await leaseDb.close();
  };
  return assemble("postgresql", db, new PostgresReportStore(db), close, leaseDb);
}

/**
 * Opens the database (applying its migrations) and returns every domain's store on it. A failure says which database
 * it was, since a bare "connect ECONNREFUSED" or "EACCES" at start-up leaves an operator guessing.
 */
export async function openStores(target: DatabaseTarget): Promise<Stores> {
  try {
    if (target.kind === "postgresql") return createPostgresStores(await openPostgres(target.url, { max: target.poolMax }), target.url);
    return createSqliteStores(openSqlite(target.path, { synchronous: target.synchronous }));
  } catch (error) {
    throw new Error(`Cannot open ${describeTarget(target)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
