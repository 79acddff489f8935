import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Leases: who leads a job across nodes (the detection tick). A node holds one while `expires_at` (the database's
 * clock, ms) is ahead; `epoch` grows with every change of holder, and a leader's writes commit only while their
 * epoch is current (db/sql-client.ts, fences).
 */
export const leases = sqliteTable("leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  epoch: integer("epoch").notNull(),
  expiresAt: integer("expires_at").notNull(),
});
