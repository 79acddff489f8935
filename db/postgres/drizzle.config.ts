import { defineConfig } from "drizzle-kit";

// Generating migrations needs no server: `npm run db:generate` diffs this schema against the committed snapshots.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/postgres/schema/index.ts",
  out: "./db/postgres/migrations",
});
