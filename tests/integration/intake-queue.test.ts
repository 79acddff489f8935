import { describe, expect, it } from "vitest";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { DEFAULT_INTAKE_CONFIG } from "../../lib/reports/config";
import { createIntakeQueue } from "../../lib/reports/intake-queue";
import { createTestDatabase } from "../helpers/test-database";
import { count, makeClient, makeStores, onPostgres, T0, type TestStores } from "../helpers/test-db";

const config = { ...DEFAULT_INTAKE_CONFIG, burstLimit: 1000 };
const queueFor = (stores: TestStores) => createIntakeQueue({ ...stores, config, clock: () => T0 });

describe("group commit", () => {
  it("records a burst of concurrent reports in one batch with the same rules as one at a time", async () => {
    const stores = await makeStores();
    const queue = queueFor(stores);
    const sends = Array.from({ length: 50 }, (_, i) => queue.submit({ service: "outlook", problem: "login" }, makeClient(`203.0.${i}.1`)));
    // The same reporter twice in the same batch: the second sees the first.
    sends.push(queue.submit({ service: "outlook", problem: "login" }, makeClient("203.0.7.1")));
    const outcomes = await Promise.all(sends);
    expect(outcomes.filter((o) => o.kind === "counted")).toHaveLength(50);
    expect(outcomes.at(-1)).toMatchObject({ kind: "duplicate", reportsLastHour: 50 });
    // In batch order, as if one at a time.
    expect(outcomes.slice(0, 50).map((o) => ("reportsLastHour" in o ? o.reportsLastHour : null))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await count(stores, "SELECT COUNT(*) AS n FROM reports")).toBe(50);
    expect(await count(stores, "SELECT SUM(count) AS n FROM report_minutes")).toBe(50);
    await stores.close();
  });

  it("answers only after the batch is committed: another connection already sees the report", async () => {
    const database = await createTestDatabase();
    const stores = await database.open();
    const other = await database.open();
    await upsertCatalog({ catalog: stores.catalog, now: T0 });
    const queue = queueFor(stores);
    const seen = await Promise.all(
      ["198.51.100.1", "198.51.100.2", "198.51.100.3"].map((ip) =>
        queue.submit({ service: "teams", problem: "login" }, makeClient(ip)).then(() => count(other, "SELECT COUNT(*) AS n FROM reports")),
      ),
    );
    expect(seen).toEqual([3, 3, 3]);
    await other.close();
    await stores.close();
    await database.drop();
  });

  it("fails every report of a batch that cannot commit, and writes none of them", async () => {
    const stores = await makeStores();
    const queue = queueFor(stores);
    await queue.submit({ service: "outlook", problem: "login" }, makeClient("192.0.2.1"));
    // The table written last (the hourly rollup on SQLite, the appended rollup increments on PostgreSQL) is gone: the
    // batch fails at its very end and must roll back entirely.
    const last = stores.kind === "sqlite" ? "report_hours" : "report_cells";
    await stores.sql.run(`ALTER TABLE ${last} RENAME TO gone`);
    const results = await Promise.allSettled([1, 2, 3].map((i) => queue.submit({ service: "outlook", problem: "login" }, makeClient(`192.0.2.${10 + i}`))));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    await stores.sql.run(`ALTER TABLE gone RENAME TO ${last}`);
    expect(await count(stores, "SELECT COUNT(*) AS n FROM reports")).toBe(1);
    expect(await count(stores, "SELECT SUM(count) AS n FROM report_minutes")).toBe(1);
    // Nothing of the failed batch was remembered either: the same reporters count now, and "last hour" agrees.
    const again = await Promise.all([1, 2, 3].map((i) => queue.submit({ service: "outlook", problem: "login" }, makeClient(`192.0.2.${10 + i}`))));
    expect(again.map((o) => o.kind)).toEqual(["counted", "counted", "counted"]);
    expect(again.at(-1)).toMatchObject({ reportsLastHour: 4 });
    await stores.close();
  });

  it.runIf(onPostgres)("answers in order however the batches fall, with each report counted once", async () => {
    const stores = await makeStores();
    const queue = queueFor(stores);
    // Three waves while batches are in flight: later waves wait for the batch ahead and go together.
    const waves = await Promise.all(
      [0, 1, 2].map(async (w) => {
        await new Promise((r) => setTimeout(r, w * 5));
        return Promise.all(Array.from({ length: 200 }, (_, i) => queue.submit({ service: "steam", problem: "login" }, makeClient(`10.${w}.${i}.1`))));
      }),
    );
    expect(waves.flat().every((o) => o.kind === "counted")).toBe(true);
    expect(await count(stores, "SELECT COUNT(*) AS n FROM reports")).toBe(600);
    await stores.close();
  });
});
