import { bigint, boolean, index, integer, pgTable, primaryKey, serial, text } from "drizzle-orm/pg-core";

// The PostgreSQL twin of db/sqlite/schema/services.ts: same tables, columns and meaning (comments live there).
export const services = pgTable("services", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  category: text("category").notNull(),
  url: text("url").notNull(),
  aliases: text("aliases").notNull().default("[]"),
  /** JSON object of the service's names in other languages by locale, e.g. {"zh-CN":"微信"}. */
  names: text("names").notNull().default("{}"),
  markets: text("markets").notNull().default("[]"),
  popularity: integer("popularity").notNull().default(10),
  hidden: boolean("hidden").notNull().default(false),
  source: text("source", { enum: ["seed", "operator"] }).notNull().default("seed"),
  updatedAt: bigint("updated_at", { mode: "number" }).notNull(),
  officialFormat: text("official_format"),
  officialUrl: text("official_url"),
});

export const serviceDependencies = pgTable(
  "service_dependencies",
  {
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    dependsOnId: integer("depends_on_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.dependsOnId] }), index("service_dependencies_upstream").on(t.dependsOnId)],
);
