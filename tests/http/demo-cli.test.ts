import { describe, expect, it } from "vitest";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { recordReport } from "../../lib/reports/record-report";
import { runCli } from "../helpers/run-cli";
import { createTestDatabase } from "../helpers/test-database";
import { count, makeClient, makeDeps, T0 } from "../helpers/test-db";

// `npm run demo` fills its database with simulated reports. Pointed by mistake at an operator's database, it must
// refuse before writing anything: simulated reports mixed into real ones could never be told apart again.
describe("npm run demo on a database that holds real reports", () => {
  it("exits 2 naming the setting to change, and leaves the database as it was", async () => {
    const database = await createTestDatabase();
    try {
      const stores = await database.open();
      await upsertCatalog({ catalog: stores.catalog, now: T0 });
      const outcome = await recordReport(makeDeps(stores, T0), { service: "outlook", problem: "login" }, makeClient("203.0.113.9"));
      expect(outcome).toMatchObject({ kind: "counted" });
      const servicesBefore = await count(stores, "SELECT COUNT(*) AS n FROM services");
      await stores.close();

      // Were the refusal gone, the demo would seed and serve until the timeout kills it (and the test fails on its code).
      const run = await runCli("demo", [], database.env);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/holds real reports; the demo will not mix simulated ones in\. Set DATABASE_PATH=\.\/data\/demo\.db/);
      expect(run.stderr).toContain(database.kind === "postgresql" ? "DATABASE_URL holds" : `${database.location} holds`);
      expect(run.stdout).not.toMatch(/simulated .* reports of history/);

      const after = await database.open();
      try {
        expect(await count(after, "SELECT COUNT(*) AS n FROM reports")).toBe(1);
        expect(await count(after, "SELECT SUM(count) AS n FROM report_minutes")).toBe(1);
        expect(await count(after, "SELECT COUNT(*) AS n FROM services")).toBe(servicesBefore);
      } finally {
        await after.close();
      }
    } finally {
      await database.drop();
    }
  }, 90_000);
});
