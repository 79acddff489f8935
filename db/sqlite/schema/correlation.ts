import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { services } from "./services";
import { incidents } from "./detection";

/**
 * Correlated outages: incidents on several services that began within minutes of each other and are linked by a
 * shared dependency, one country, or too many at once to be chance. Built by lib/correlation after each tick.
 */
export const incidentGroups = sqliteTable(
  "incident_groups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Earliest and latest start of its members' surges, ms UTC. */
    startedAt: integer("started_at").notNull(),
    lastStartedAt: integer("last_started_at").notNull(),
    /** When its last member ended; null while any member is open. */
    endedAt: integer("ended_at"),
    /** The lead explanation: an upstream service, one country (local), or none found. */
    kind: text("kind", { enum: ["upstream", "local", "unexplained"] }).notNull(),
    /** The upstream named as likely cause (or the provider of a local one), if any. */
    causeServiceId: integer("cause_service_id").references(() => services.id, { onDelete: "set null" }),
    /** ISO country of a local group. */
    causeCountry: text("cause_country"),
    /** 0..1 for a named cause; null when none is named. */
    confidence: real("confidence"),
    /** Members counted (operator-dismissed incidents are not). */
    memberCount: integer("member_count").notNull(),
    /** JSON lib/correlation GroupExplanation: causes, roles and the evidence behind them. */
    explanation: text("explanation").notNull(),
    /** When what readers see (members, cause, end) last changed: feeds use it, so the minute-by-minute numbers do not count. */
    updatedAt: integer("updated_at").notNull(),
    /** End of the evidence window last evaluated; once it is complete and nothing else changed, the group is re-read only now and then. */
    evaluatedThrough: integer("evaluated_through").notNull(),
    /** When it was last explained (an open group is re-explained now and then, so operator edits of dependencies count). */
    evaluatedAt: integer("evaluated_at").notNull().default(0),
  },
  (t) => [index("incident_groups_started").on(t.startedAt), index("incident_groups_open").on(t.endedAt)],
);

/** What the correlation step concluded about each incident: its group and role, and whether its reports look local. */
export const incidentAssessments = sqliteTable(
  "incident_assessments",
  {
    incidentId: integer("incident_id")
      .primaryKey()
      .references(() => incidents.id, { onDelete: "cascade" }),
    serviceId: integer("service_id").notNull(),
    /** Copy of the incident's start: groups are found by time. */
    startedAt: integer("started_at").notNull(),
    groupId: integer("group_id").references(() => incidentGroups.id, { onDelete: "set null" }),
    /** "upstream" | "dependent" | "local" | "unexplained" within its group; null when ungrouped. */
    role: text("role", { enum: ["upstream", "dependent", "local", "unexplained"] }),
    /** JSON lib/correlation Locality: where the extra reports came from compared with the service's usual mix. */
    locality: text("locality").notNull(),
    /** JSON {country: share} of the service's reports over the week before the incident, fixed at first assessment. */
    usualMix: text("usual_mix").notNull(),
    /** End of the locality window assessed so far; it stops changing once the window is complete. */
    localityThrough: integer("locality_through").notNull(),
  },
  (t) => [index("incident_assessments_started").on(t.startedAt), index("incident_assessments_group").on(t.groupId)],
);
