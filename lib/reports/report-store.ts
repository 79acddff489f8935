import type { Statement } from "better-sqlite3";
import type { Db } from "@/db/client";
import { HOUR_MS, MINUTE_MS } from "./config";

interface Statements {
  findRecent: Statement<[Buffer, number, number]>;
  insertReport: Statement<[number, string, string, Buffer, number]>;
  bumpMinute: Statement<[number, number, string, string]>;
  bumpHour: Statement<[number, number]>;
  sumSince: Statement<[number, number]>;
}

// Intake runs these on every report: prepare once per connection, not per call.
const cache = new WeakMap<Db, Statements>();

function prepare(db: Db): Statements {
  let s = cache.get(db);
  if (s) return s;
  const c = db.$client;
  s = {
    findRecent: c.prepare("SELECT 1 FROM reports WHERE reporter = ? AND service_id = ? AND created_at > ? LIMIT 1"),
    insertReport: c.prepare("INSERT INTO reports (service_id, problem, country, reporter, created_at) VALUES (?, ?, ?, ?, ?)"),
    bumpMinute: c.prepare(
      "INSERT INTO report_minutes (service_id, minute, problem, country, count) VALUES (?, ?, ?, ?, 1) " +
        "ON CONFLICT DO UPDATE SET count = count + 1",
    ),
    bumpHour: c.prepare(
      "INSERT INTO report_hours (service_id, hour, count) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1",
    ),
    sumSince: c.prepare("SELECT COALESCE(SUM(count), 0) AS n FROM report_minutes WHERE service_id = ? AND minute >= ?"),
  };
  cache.set(db, s);
  return s;
}

export interface StoredReport {
  serviceId: number;
  problem: string;
  country: string;
  reporter: Buffer;
  createdAt: number;
}

/** True when this reporter already has a counted report for the service since `since`. */
export function hasRecentReport(db: Db, reporter: Buffer, serviceId: number, since: number): boolean {
  return prepare(db).findRecent.get(reporter, serviceId, since) !== undefined;
}

/** Writes the raw report and bumps both rollups in one transaction, so they can never disagree. */
export function insertReport(db: Db, r: StoredReport): void {
  const s = prepare(db);
  db.$client.transaction(() => {
    s.insertReport.run(r.serviceId, r.problem, r.country, r.reporter, r.createdAt);
    s.bumpMinute.run(r.serviceId, Math.floor(r.createdAt / MINUTE_MS) * MINUTE_MS, r.problem, r.country);
    s.bumpHour.run(r.serviceId, Math.floor(r.createdAt / HOUR_MS) * HOUR_MS);
  })();
}

/** Counted reports for a service in the 60 minutes up to `now`, from the minute rollup. */
export function countLastHour(db: Db, serviceId: number, now: number): number {
  const since = Math.floor(now / MINUTE_MS) * MINUTE_MS - 59 * MINUTE_MS;
  return (prepare(db).sumSince.get(serviceId, since) as { n: number }).n;
}
