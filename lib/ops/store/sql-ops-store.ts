import type { SqlClient } from "@/db/sql-client";
import type { OpsStore } from "./ops-store";

/** The ops store in SQL both dialects run. */
export class SqlOpsStore implements OpsStore {
  constructor(private readonly sql: SqlClient) {}

  async ping(): Promise<void> {
    await this.sql.get("SELECT 1 AS ok");
  }

  async readMeta(key: string): Promise<string | null> {
    return (await this.sql.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [key]))?.value ?? null;
  }

  async writeMeta(key: string, value: string): Promise<void> {
    await this.sql.run("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value]);
  }
}
