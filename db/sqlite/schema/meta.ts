import { blob, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Daily random salts for reporter hashes; only today's and yesterday's are kept. */
export const salts = sqliteTable("salts", {
  /** Days since the Unix epoch (UTC). */
  day: integer("day").primaryKey(),
  salt: blob("salt", { mode: "buffer" }).notNull(),
});

/** Small key/value facts about this database, e.g. whether it holds demo data. */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
