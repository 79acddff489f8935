import type { Statement } from "better-sqlite3";
import type { Db } from "@/db/client";
import { markServiceChanged } from "@/lib/cache/read-cache";
import { HOUR_MS, MINUTE_MS, REPORT_ID_PER_MS } from "./config";

interface Statements {
  insertReport: Statement<[number, number, bigint]>;
  bumpMinute: Statement<[number, number, string, string]>;
  bumpHour: Statement<[number, number]>;
  lastId: Statement<[]>;
}

interface Store {
  statements: Statements;
  /** Last report id handed out: ids only grow, even if the clock steps back. */
  lastId: number;
}

// Intake runs these on every report: prepare once per connection, not per call.
const stores = new WeakMap<Db, Store>();

function openStore(db: Db): Store {
  let store = stores.get(db);
  if (store) return store;
  const c = db.$client;
  const statements: Statements = {
    insertReport: c.prepare("INSERT INTO reports (id, service_id, reporter) VALUES (?, ?, ?)"),
    bumpMinute: c.prepare(
      "INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, ?, ?, 1) " +
        "ON CONFLICT DO UPDATE SET count = count + 1",
    ),
    bumpHour: c.prepare(
      "INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1",
    ),
    lastId: c.prepare("SELECT COALESCE(MAX(id), 0) AS id FROM reports"),
  };
  store = { statements, lastId: (statements.lastId.get() as { id: number }).id };
  stores.set(db, store);
  return store;
}

/** The first report id at or after time t (ms): ids are time-ordered, so a time range is an id range. */
export function toReportId(t: number): number {
  return t * REPORT_ID_PER_MS;
}

/** The time (ms) a report id was handed out at. */
export function readReportTime(id: number): number {
  return Math.floor(id / REPORT_ID_PER_MS);
}

export interface StoredReport {
  serviceId: number;
  problem: string;
  country: string;
  /** The reporter's keyed hash (8 bytes). */
  reporter: Buffer;
  createdAt: number;
}

/**
 * Writes the raw report and bumps both rollups, so they can never disagree. Runs inside the caller's
 * transaction when there is one (intake commits a whole batch at once), else in its own.
 */
export function insertReport(db: Db, r: StoredReport): void {
  const store = openStore(db);
  const s = store.statements;
  const id = Math.max(store.lastId + 1, toReportId(r.createdAt));
  // The rollups use the time the id encodes (a few ms later than createdAt in a burst of over 1,024 a ms), so
  // raw rows and rollups always agree minute by minute.
  const at = readReportTime(id);
  const write = () => {
    s.insertReport.run(id, r.serviceId, r.reporter.readBigInt64BE(0));
    s.bumpMinute.run(r.serviceId, Math.floor(at / MINUTE_MS) * MINUTE_MS, r.problem, r.country);
    s.bumpHour.run(r.serviceId, Math.floor(at / HOUR_MS) * HOUR_MS);
  };
  if (db.$client.inTransaction) write();
  else db.$client.transaction(write)();
  store.lastId = id;
  markServiceChanged(r.serviceId);
}
