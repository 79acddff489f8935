import { bigint, doublePrecision, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { services } from "./services";

// The PostgreSQL twin of db/sqlite/schema/detection.ts (comments live there).
export const detectorStates = pgTable("detector_states", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  state: text("state").notNull(),
  through: bigint("through", { mode: "number" }).notNull(),
});

export const serviceStatus = pgTable("service_status", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  status: text("status", { enum: ["ok", "possible", "outage"] }).notNull(),
  since: bigint("since", { mode: "number" }),
  observed: integer("observed").notNull(),
  expected: doublePrecision("expected").notNull(),
  p: doublePrecision("p").notNull(),
  windowMinutes: integer("window_minutes").notNull(),
  at: bigint("at", { mode: "number" }).notNull(),
  incidentId: integer("incident_id"),
  basis: text("basis", { enum: ["history", "prior"] }).notNull().default("history"),
});

export const incidents = pgTable(
  "incidents",
  {
    id: serial("id").primaryKey(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    startedAt: bigint("started_at", { mode: "number" }).notNull(),
    detectedAt: bigint("detected_at", { mode: "number" }).notNull(),
    peakAt: bigint("peak_at", { mode: "number" }).notNull(),
    peakCount: integer("peak_count").notNull(),
    peakExpected: doublePrecision("peak_expected").notNull(),
    endedAt: bigint("ended_at", { mode: "number" }),
    topProblems: text("top_problems").notNull().default("[]"),
    topCountries: text("top_countries").notNull().default("[]"),
    note: text("note"),
    closedBy: text("closed_by", { enum: ["detector", "operator"] }),
    chart: text("chart"),
  },
  (t) => [index("incidents_service_started").on(t.serviceId, t.startedAt), index("incidents_open").on(t.endedAt)],
);

export const detectorResets = pgTable("detector_resets", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  requestedAt: bigint("requested_at", { mode: "number" }).notNull(),
});
