import { defineConfig } from "drizzle-kit";
import { DEFAULT_DATABASE_PATH } from "../config";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/sqlite/schema/index.ts",
  out: "./db/sqlite/migrations",
  dbCredentials: { url: process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH },
});
