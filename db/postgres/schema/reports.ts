import { bigint, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

// The PostgreSQL twin of db/sqlite/schema/reports.ts (comments live there). No foreign key on the raw rows here: a
// per-row check of services is a real share of intake's cost on PostgreSQL, the intake function takes service ids
// from the catalog, and services are never deleted (hidden instead).
export const reports = pgTable("reports", {
  id: bigint("id", { mode: "number" }).primaryKey(),
  serviceId: integer("service_id").notNull(),
  reporter: bigint("reporter", { mode: "bigint" }).notNull(),
});

export const reportMinutes = pgTable(
  "report_minutes",
  {
    serviceId: integer("service_id").notNull(),
    minute: bigint("minute", { mode: "number" }).notNull(),
    problem: text("problem").notNull(),
    country: text("country").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.minute, t.problem, t.country] })],
);

export const reportHours = pgTable(
  "report_hours",
  {
    serviceId: integer("service_id").notNull(),
    hour: bigint("hour", { mode: "number" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.hour] })],
);

/**
 * PostgreSQL only: rollup increments intake appends (no key, no lock: batches on a busy service never wait for each
 * other's commit here), folded into report_minutes and report_hours before any read of those (ReportStore.settle).
 */
export const reportCells = pgTable("report_cells", {
  serviceId: integer("service_id").notNull(),
  minute: bigint("minute", { mode: "number" }).notNull(),
  problem: text("problem").notNull(),
  country: text("country").notNull(),
  count: integer("count").notNull(),
});

/**
 * PostgreSQL only: the intake rules' shared memory, so a reporter counts once whichever node it reaches. One row per
 * salted key (a reporter of a service, a client across services, a network for a service) holding its most recent
 * counted reports (ms, ascending, at most the rule's limit) until `expires_at`, when pruning deletes it. Written only
 * by the intake function (migration 0001), one batch at a time.
 */
export const intakeKeys = pgTable("intake_keys", {
  key: bigint("key", { mode: "bigint" }).primaryKey(),
  hits: bigint("hits", { mode: "number" }).array().notNull(),
  expiresAt: bigint("expires_at", { mode: "number" }).notNull(),
});
