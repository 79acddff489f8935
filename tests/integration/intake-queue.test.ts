import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";

import { DEFAULT_INTAKE_CONFIG } from "../../lib/reports/config";
import { createIntakeQueue } from "../../lib/reports/intake-queue";
import { makeTempDbPath } from "../helpers/start-test-server";
import { makeClient, makeDb, makeLimits, T0 } from "../helpers/test-db";

const limits = () => makeLimits(1000);
const count = (db: { $client: Database.Database }, sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

describe("group commit", () => {
  it("records a burst of concurrent reports in one batch with the same rules as one at a time", async () => {
    const db = makeDb();
    const queue = createIntakeQueue({ db, config: DEFAULT_INTAKE_CONFIG, limits: limits(), clock: () => T0 });
    const sends = Array.from({ length: 50 }, (_, i) => queue.submit({ service: "outlook", problem: "login" }, makeClient(`203.0.${i}.1`)));
    // The same reporter twice in the same batch: the second sees the first.
    sends.push(queue.submit({ service: "outlook", problem: "login" }, makeClient("203.0.7.1")));
    const outcomes = await Promise.all(sends);
    expect(outcomes.filter((o) => o.kind === "counted")).toHaveLength(50);
    expect(outcomes.at(-1)).toMatchObject({ kind: "duplicate", reportsLastHour: 50 });
    expect(outcomes[49]).toMatchObject({ reportsLastHour: 50 });
    expect(count(db, "SELECT COUNT(*) AS n FROM reports")).toBe(50);
    expect(count(db, "SELECT SUM(count) AS n FROM report_minutes")).toBe(50);
  });

  it("answers only after the batch is committed: another connection already sees the report", async () => {
    const file = makeTempDbPath();
    const db = openDb(file);
    upsertCatalog({ db, now: T0 });
    const queue = createIntakeQueue({ db, config: DEFAULT_INTAKE_CONFIG, limits: limits(), clock: () => T0 });
    const other = new Database(file, { readonly: true });
    const seen = await Promise.all(
      ["198.51.100.1", "198.51.100.2", "198.51.100.3"].map((ip) =>
        queue.submit({ service: "teams", problem: "login" }, makeClient(ip)).then(() => count({ $client: other }, "SELECT COUNT(*) AS n FROM reports")),
      ),
    );
    expect(seen).toEqual([3, 3, 3]);
    other.close();
    db.$client.close();
    fs.rmSync(file.replace(/test\.db$/, ""), { recursive: true, force: true });
  });

  it("fails every report of a batch that cannot commit, and writes none of them", async () => {
    const db = makeDb();
    const queue = createIntakeQueue({ db, config: DEFAULT_INTAKE_CONFIG, limits: limits(), clock: () => T0 });
    await queue.submit({ service: "outlook", problem: "login" }, makeClient("192.0.2.1"));
    // The hourly rollup is written last in each report: a batch that cannot write it must roll back entirely.
    db.$client.exec("ALTER TABLE report_hours RENAME TO report_hours_gone");
    const results = await Promise.allSettled([1, 2, 3].map((i) => queue.submit({ service: "outlook", problem: "login" }, makeClient(`192.0.2.${10 + i}`))));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(count(db, "SELECT COUNT(*) AS n FROM reports")).toBe(1);
    expect(count(db, "SELECT SUM(count) AS n FROM report_minutes")).toBe(1);
    db.$client.exec("ALTER TABLE report_hours_gone RENAME TO report_hours");
    // The in-memory "last hour" count forgot the failed batch too.
    await expect(queue.submit({ service: "outlook", problem: "login" }, makeClient("192.0.2.99"))).resolves.toMatchObject({ kind: "counted", reportsLastHour: 2 });
  });
});
