import { blob, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { services } from "./services";

/** Raw counted reports; pruned after REPORT_RETENTION_DAYS. Never holds an IP: `reporter` is a keyed hash. */
export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    problem: text("problem").notNull(),
    /** ISO alpha-2, or "" when unknown. */
    country: text("country").notNull().default(""),
    /** First 16 bytes of HMAC-SHA256(daily salt, service | ip | user agent). */
    reporter: blob("reporter", { mode: "buffer" }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("reports_dedupe").on(t.reporter, t.serviceId, t.createdAt),
    index("reports_created").on(t.createdAt),
  ],
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
