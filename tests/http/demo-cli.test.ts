import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { recordReport } from "../../lib/reports/record-report";
import { createTestDatabase } from "../helpers/test-database";
import { count, makeClient, makeDeps, T0 } from "../helpers/test-db";

const ROOT = path.resolve(__dirname, "../..");

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

      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
        execFile(
          process.execPath,
          ["--import", "tsx", "lib/cli/demo.ts"],
          // Were the refusal gone, the demo would seed and serve until this timeout kills it (and the test fails on its code).
          { cwd: ROOT, env: { ...process.env, ...database.env }, encoding: "utf8", timeout: 60_000 },
          (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
        ),
      );
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
