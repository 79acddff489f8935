import { bigint, boolean, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { services } from "./services";

// The PostgreSQL twin of db/sqlite/schema/official-status.ts (comments live there).
export const officialSources = pgTable("official_sources", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  format: text("format").notNull(),
  url: text("url").notNull(),
  etag: text("etag"),
  lastModified: text("last_modified"),
  checkedAt: bigint("checked_at", { mode: "number" }),
  attemptedAt: bigint("attempted_at", { mode: "number" }),
  failures: integer("failures").notNull().default(0),
  nextPollAt: bigint("next_poll_at", { mode: "number" }),
  stale: boolean("stale").notNull().default(false),
  lastError: text("last_error"),
  reading: text("reading"),
});

export const officialIncidents = pgTable(
  "official_incidents",
  {
    id: serial("id").primaryKey(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    vendorId: text("vendor_id").notNull(),
    name: text("name").notNull(),
    impact: text("impact").notNull(),
    status: text("status").notNull(),
    startedAt: bigint("started_at", { mode: "number" }).notNull(),
    acknowledgedAt: bigint("acknowledged_at", { mode: "number" }).notNull(),
    updatedAt: bigint("updated_at", { mode: "number" }).notNull(),
    resolvedAt: bigint("resolved_at", { mode: "number" }),
    url: text("url"),
    components: text("components").notNull().default("[]"),
    updates: text("updates").notNull().default("[]"),
  },
  (t) => [uniqueIndex("official_incidents_vendor").on(t.serviceId, t.vendorId), index("official_incidents_ack").on(t.serviceId, t.acknowledgedAt)],
);

export const officialChanges = pgTable(
  "official_changes",
  {
    id: serial("id").primaryKey(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    name: text("name").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    at: bigint("at", { mode: "number" }).notNull(),
  },
  (t) => [index("official_changes_service_at").on(t.serviceId, t.at)],
);
