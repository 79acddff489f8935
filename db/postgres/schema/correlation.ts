import { bigint, doublePrecision, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { services } from "./services";
import { incidents } from "./detection";

// The PostgreSQL twin of db/sqlite/schema/correlation.ts (comments live there).
export const incidentGroups = pgTable(
  "incident_groups",
  {
    id: serial("id").primaryKey(),
    startedAt: bigint("started_at", { mode: "number" }).notNull(),
    lastStartedAt: bigint("last_started_at", { mode: "number" }).notNull(),
    endedAt: bigint("ended_at", { mode: "number" }),
    kind: text("kind", { enum: ["upstream", "local", "unexplained"] }).notNull(),
    causeServiceId: integer("cause_service_id").references(() => services.id, { onDelete: "set null" }),
    causeCountry: text("cause_country"),
    confidence: doublePrecision("confidence"),
    memberCount: integer("member_count").notNull(),
    explanation: text("explanation").notNull(),
    updatedAt: bigint("updated_at", { mode: "number" }).notNull(),
    evaluatedThrough: bigint("evaluated_through", { mode: "number" }).notNull(),
    evaluatedAt: bigint("evaluated_at", { mode: "number" }).notNull().default(0),
  },
  (t) => [index("incident_groups_started").on(t.startedAt), index("incident_groups_open").on(t.endedAt)],
);

export const incidentAssessments = pgTable(
  "incident_assessments",
  {
    incidentId: integer("incident_id")
      .primaryKey()
      .references(() => incidents.id, { onDelete: "cascade" }),
    serviceId: integer("service_id").notNull(),
    startedAt: bigint("started_at", { mode: "number" }).notNull(),
    groupId: integer("group_id").references(() => incidentGroups.id, { onDelete: "set null" }),
    role: text("role", { enum: ["upstream", "dependent", "local", "unexplained"] }),
    locality: text("locality").notNull(),
    usualMix: text("usual_mix").notNull(),
    localityThrough: bigint("locality_through", { mode: "number" }).notNull(),
  },
  (t) => [index("incident_assessments_started").on(t.startedAt), index("incident_assessments_group").on(t.groupId)],
);
