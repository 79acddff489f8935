import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { services } from "./services";

/**
 * Each official source's polling state and last good reading. Keyed by service; `format` and `url` say which source
 * the state belongs to, so a service whose source an operator changed starts afresh.
 */
export const officialSources = sqliteTable("official_sources", {
  serviceId: integer("service_id")
    .primaryKey()
    .references(() => services.id, { onDelete: "cascade" }),
  format: text("format").notNull(),
  url: text("url").notNull(),
  /** Validators of the last good answer, sent back as If-None-Match / If-Modified-Since. */
  etag: text("etag"),
  lastModified: text("last_modified"),
  /** Last good answer (200 read or 304), ms UTC. */
  checkedAt: integer("checked_at"),
  attemptedAt: integer("attempted_at"),
  /** Failures in a row (drives the backoff). */
  failures: integer("failures").notNull().default(0),
  nextPollAt: integer("next_poll_at"),
  /** The last attempt failed: `reading` is the last good one, kept. */
  stale: integer("stale", { mode: "boolean" }).notNull().default(false),
  lastError: text("last_error"),
  /** JSON lib/official-status OfficialReading. */
  reading: text("reading"),
});

/** Vendor incidents as their status pages stated them, kept after they leave the page (acknowledgement lag). */
export const officialIncidents = sqliteTable(
  "official_incidents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    /** The vendor's own id for the incident. */
    vendorId: text("vendor_id").notNull(),
    name: text("name").notNull(),
    impact: text("impact").notNull(),
    status: text("status").notNull(),
    /** Vendor's times, ms UTC: impact began, first public word, last update, resolution (null while open). */
    startedAt: integer("started_at").notNull(),
    acknowledgedAt: integer("acknowledged_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    resolvedAt: integer("resolved_at"),
    url: text("url"),
    /** JSON string[] of affected component names. */
    components: text("components").notNull().default("[]"),
    /** JSON OfficialUpdate[], newest first. */
    updates: text("updates").notNull().default("[]"),
  },
  (t) => [uniqueIndex("official_incidents_vendor").on(t.serviceId, t.vendorId), index("official_incidents_ack").on(t.serviceId, t.acknowledgedAt)],
);

/** Every change the vendor's page showed between two readings: the page indicator or one component's status. */
export const officialChanges = sqliteTable(
  "official_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    /** "page" (the indicator) or "component". */
    subject: text("subject").notNull(),
    /** The component's name ("" for the page). */
    name: text("name").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    /** When the poller saw it, ms UTC. */
    at: integer("at").notNull(),
  },
  (t) => [index("official_changes_service_at").on(t.serviceId, t.at)],
);
