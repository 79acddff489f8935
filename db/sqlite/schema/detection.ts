import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { services } from "./services";

/** Each service's detector memory (seasonal profile, level, window), saved every few ticks; rollups stay the truth. */
export const detectorStates = sqliteTable("detector_states", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  /** JSON of lib/detection DetectorState. */
  state: text("state").notNull(),
  /** Start of the last minute the state has seen, ms UTC. */
  through: integer("through").notNull(),
});

/** The latest verdict per service, rewritten by every detection tick. */
export const serviceStatus = sqliteTable("service_status", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  status: text("status", { enum: ["ok", "possible", "outage"] }).notNull(),
  since: integer("since"),
  /** Reports in the evaluation window and how many were expected, for the window ending at `at`. */
  observed: integer("observed").notNull(),
  expected: real("expected").notNull(),
  p: real("p").notNull(),
  windowMinutes: integer("window_minutes").notNull(),
  /** Start of the minute this verdict is about. */
  at: integer("at").notNull(),
  incidentId: integer("incident_id"),
  /** "prior" while the usual level is still the cold-start assumption (under a day of the service's own history). */
  basis: text("basis", { enum: ["history", "prior"] }).notNull().default("history"),
});

/** Outages: opened when a service enters `outage`, closed when it has been back near baseline for a while. */
export const incidents = sqliteTable(
  "incidents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    startedAt: integer("started_at").notNull(),
    /** When the outage test first held (startedAt is when the surge began). */
    detectedAt: integer("detected_at").notNull(),
    peakAt: integer("peak_at").notNull(),
    /** Reports in the evaluation window at the peak, and how many were expected then. */
    peakCount: integer("peak_count").notNull(),
    peakExpected: real("peak_expected").notNull(),
    endedAt: integer("ended_at"),
    /** JSON [{id,label,count,percent}] over the incident, filled when it closes (and while open, by readers). */
    topProblems: text("top_problems").notNull().default("[]"),
    topCountries: text("top_countries").notNull().default("[]"),
    note: text("note"),
    /** Who closed it: the detector (back to normal) or an operator (a false alarm, with a note). Null while open. */
    closedBy: text("closed_by", { enum: ["detector", "operator"] }),
    /** JSON lib/incidents IncidentChart frozen when the incident closes (counts and the usual band as then known). */
    chart: text("chart"),
  },
  (t) => [index("incidents_service_started").on(t.serviceId, t.startedAt), index("incidents_open").on(t.endedAt)],
);

/** Services an operator has told the detector to stand down on (a dismissed incident); the next tick applies and clears it. */
export const detectorResets = sqliteTable("detector_resets", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  requestedAt: integer("requested_at").notNull(),
});
