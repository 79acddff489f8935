import { bigint, pgTable, text } from "drizzle-orm/pg-core";

// The PostgreSQL twin of db/sqlite/schema/cluster.ts (comments live there).
export const leases = pgTable("leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  epoch: bigint("epoch", { mode: "number" }).notNull(),
  expiresAt: bigint("expires_at", { mode: "number" }).notNull(),
});
