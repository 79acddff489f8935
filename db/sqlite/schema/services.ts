import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const services = sqliteTable("services", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  category: text("category").notNull(),
  url: text("url").notNull(),
  /** JSON array of strings. */
  aliases: text("aliases").notNull().default("[]"),
  /** JSON object of the service's names in other languages by locale, e.g. {"zh-CN":"微信"}. */
  names: text("names").notNull().default("{}"),
  /** JSON array of ISO country codes, main market first. */
  markets: text("markets").notNull().default("[]"),
  popularity: integer("popularity").notNull().default(10),
  hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
  /** "seed" (from lib/catalog/catalog-data.ts, refreshed at start-up) or "operator" (edited in /admin: the seed leaves it alone). */
  source: text("source", { enum: ["seed", "operator"] }).notNull().default("seed"),
  updatedAt: integer("updated_at").notNull(),
  /** The vendor's own machine-readable status: its format (statuspage, statusio, slack, gcp, …) and URL; null = none. */
  officialFormat: text("official_format"),
  officialUrl: text("official_url"),
});

export const serviceDependencies = sqliteTable(
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
