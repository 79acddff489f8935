import { customType, integer, pgTable, text } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

// The PostgreSQL twin of db/sqlite/schema/meta.ts (comments live there).
export const salts = pgTable("salts", {
  day: integer("day").primaryKey(),
  salt: bytea("salt").notNull(),
});

export const meta = pgTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
