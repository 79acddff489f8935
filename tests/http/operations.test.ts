import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { readHealth, writeTickTime } from "../../lib/ops/read-health";
import { findPgDump } from "../../lib/ops/backup-database";
import { runCli } from "../helpers/run-cli";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase, runAdmin } from "../helpers/test-database";
import { BROWSER_UA, count, makeStores, onPostgres, T0 } from "../helpers/test-db";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1" });
});
afterAll(() => server?.stop());

describe("operations", () => {
  it("answers the health check with the database, the store, whether this node leads, and the last detection tick", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: "ok", store: onPostgres ? "postgresql" : "sqlite", leader: true, lastTickAt: expect.any(String) });
    expect(body.lastTickAgeSeconds).toBeLessThan(60);
  });

  it("calls detection degraded when its last tick is older than three intervals, or never ran", async () => {
    const stores = await makeStores();
    const health = (now: number) => readHealth({ ops: stores.ops, store: stores.kind, leader: false, now, tickMs: 60_000 });
    expect(await health(T0)).toMatchObject({ status: "degraded", lastTickAt: null });
    await writeTickTime(stores.ops, T0);
    expect((await health(T0 + 180_000)).status).toBe("ok");
    expect(await health(T0 + 181_000)).toMatchObject({ status: "degraded", lastTickAgeSeconds: 181 });
    await stores.close();
  });

  it("backs up a database the server is writing to into a consistent copy, and explains how on PostgreSQL", async () => {
    const send = (i: number) =>
      fetch(`${server.url}/api/v1/reports`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": `${BROWSER_UA} b${i}`, "X-Forwarded-For": `${30 + i}.1.2.3` },
        body: JSON.stringify({ service: "steam", problem: "login" }),
      });
    const during = Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-backup-"));
    const out = path.join(dir, onPostgres ? "backup.dump" : "backup.db");
    // Asynchronously, so the reports in flight are answered while the backup runs (a blocking spawn left their sockets to time out).
    const run = await runCli("backup", ["--out", out], server.database.env);
    expect((await during).map((r) => r.status)).toEqual(Array(100).fill(201));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Backed up .* \(\d+\.\d MB\)/);
    // Restore it into an empty database and check it the way an operator would after a restore.
    const copy = await createTestDatabase();
    if (onPostgres) {
      expect(run.stdout).toMatch(/pg_dump --format=custom/);
      expect(run.stdout).toMatch(/pg_restore --no-owner --dbname/);
      await copy.drop();
      await runAdmin(`CREATE DATABASE ${new URL(copy.location).pathname.slice(1)}`);
      const restore = spawnSync(findPgDump().replace(/pg_dump$/, "pg_restore"), ["--no-owner", "--dbname", copy.location, out], { encoding: "utf8" });
      expect(restore.status, restore.stderr).toBe(0);
    } else {
      fs.copyFileSync(out, copy.location);
    }
    const stores = await copy.open();
    try {
      expect(await stores.reports.checkRollups()).toMatchObject({ integrity: onPostgres ? null : "ok", minuteMismatches: 0, hourMismatches: 0 });
      expect(await count(stores, "SELECT COUNT(*) AS n FROM services")).toBe(CATALOG.length);
    } finally {
      await stores.close();
      await copy.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
