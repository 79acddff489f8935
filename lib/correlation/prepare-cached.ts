import type { Statement } from "better-sqlite3";
import type { Db } from "@/db/client";

const statements = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement reused per connection: a big outage runs the same few queries thousands of times in one tick. */
export function prepareCached(db: Db, sql: string): Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.$client.prepare(sql)));
  return s;
}
