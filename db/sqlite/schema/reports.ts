import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { services } from "./services";

/**
 * Raw counted reports, kept to rebuild the dedupe memory after a restart and to check the rollups; pruned after
 * REPORT_RETENTION_DAYS. No index but the time-ordered id: every write appends (lib/reports/recent-reporters.ts).
 * Data minimisation: a row is when, which service and a keyed hash of who: never an IP, and the problem and
 * country live only in the rollups. `id` encodes the time (created_at ms x 1024 + a sequence), so the table
 * is written in time order and pruned by id range without an index of its own.
 */
export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    /** First 8 bytes of HMAC-SHA256(daily salt, service | ip | user agent), as a signed 64-bit integer (bound as a BigInt). */
    reporter: integer("reporter").notNull(),
  },
);

/** Per-minute rollup (service, minute, problem, country) -> count, written with each report. Charts and detection read this. */
export const reportMinutes = sqliteTable(
  "report_minutes",
  {
    serviceId: integer("service_id").notNull(),
    /** Start of the minute, ms UTC. */
    minute: integer("minute").notNull(),
    problem: text("problem").notNull(),
    country: text("country").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.minute, t.problem, t.country] })],
);

/** Per-hour totals per service, for catalog-wide lists and long ranges without scanning minutes. */
export const reportHours = sqliteTable(
  "report_hours",
  {
    serviceId: integer("service_id").notNull(),
    /** Start of the hour, ms UTC. */
    hour: integer("hour").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.hour] })],
);
