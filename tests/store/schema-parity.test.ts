import { describe, expect, it } from "vitest";
import { openSqlite } from "../../db/sqlite/client";
import { createTestDatabase } from "../helpers/test-database";
import { onPostgres } from "../helpers/test-db";

/** Tables only one dialect has, and why. */
// The intake rules' memory (SQLite keeps it in the one process's memory), and intake's appended rollup increments
// (SQLite adds them to the rollups in place: one writer has no one to wait for).
const ONLY_POSTGRES = new Set(["intake_keys", "report_cells"]);

const SQLITE_TYPES: Record<string, string[]> = {
  integer: ["integer", "bigint", "boolean"],
  real: ["double precision"],
  text: ["text"],
  blob: ["bytea"],
};

interface Column {
  table: string;
  name: string;
  type: string;
  notNull: boolean;
  pk: boolean;
}

describe.runIf(onPostgres)("the two dialects' schemas", () => {
  it("have the same tables, columns, nullability, primary keys and indexes (so a store's SQL runs on both)", async () => {
    const sqlite = openSqlite(":memory:");
    const database = await createTestDatabase("postgresql");
    const pg = await database.open();
    try {
      const liteTables = (await sqlite.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")).map((r) => r.name);
      const lite: Column[] = [];
      for (const table of liteTables) {
        for (const c of await sqlite.all<{ name: string; type: string; notnull: number; pk: number }>(`SELECT name, type, "notnull", pk FROM pragma_table_info('${table}')`)) {
          lite.push({ table, name: c.name, type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0, pk: c.pk > 0 });
        }
      }
      const pgColumns = await pg.sql.all<{ table: string; name: string; type: string; nullable: string }>(
        `SELECT table_name AS "table", column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      const pgKeys = new Set(
        (await pg.sql.all<{ key: string }>(
          `SELECT tc.table_name || '.' || kcu.column_name AS key FROM information_schema.table_constraints tc
           JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
           WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'`,
        )).map((r) => r.key),
      );
      const pgSide: Column[] = pgColumns.filter((c) => !ONLY_POSTGRES.has(c.table)).map((c) => ({ table: c.table, name: c.name, type: c.type, notNull: c.nullable === "NO", pk: pgKeys.has(`${c.table}.${c.name}`) }));
      const byKey = (cols: Column[]) => new Map(cols.map((c) => [`${c.table}.${c.name}`, c]));
      const [a, b] = [byKey(lite), byKey(pgSide)];
      expect(a.size).toBeGreaterThan(60);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [key, l] of a) {
        const p = b.get(key)!;
        expect({ key, notNull: p.notNull, pk: p.pk }).toEqual({ key, notNull: l.notNull, pk: l.pk });
        expect(SQLITE_TYPES[l.type], `${key}: ${l.type} vs ${p.type}`).toContain(p.type);
      }
      const liteIndexes = (await sqlite.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")).map((r) => r.name);
      const pgIndexes = (await pg.sql.all<{ name: string }>("SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_pk'")).map((r) => r.name);
      expect(liteIndexes.length).toBeGreaterThan(5);
      expect(pgIndexes.filter((n) => !n.endsWith("_unique")).sort()).toEqual(liteIndexes.filter((n) => !n.endsWith("_unique")).sort());
    } finally {
      sqlite.close();
      await pg.close();
      await database.drop();
    }
  });
});
