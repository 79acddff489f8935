import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { findMissing, fireReports } from "../helpers/acked-reports";
import { startTestServer } from "../helpers/start-test-server";
import { createTestDatabase } from "../helpers/test-database";
import { BROWSER_UA, onPostgres } from "../helpers/test-db";

describe("crash safety", () => {
  it("keeps every acknowledged report through kill -9, with rollups that agree with the raw rows", async () => {
    const database = await createTestDatabase();
    const server = await startTestServer({ TRUST_PROXY: "1" }, database, true);
    const load = fireReports(server, 32);
    await expect.poll(() => load.acked.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(1500);
    expect(await server.kill("SIGKILL")).toBeNull();
    await load.stop();
    const acked = [...load.acked];

    const again = await startTestServer({ TRUST_PROXY: "1" }, database, true);
    try {
      expect(await findMissing(database, acked)).toEqual([]);
      // The check above can fail: a report the server never saw is not found.
      expect(await findMissing(database, [{ service: "outlook", ip: "9.9.9.9", ua: "never sent" }])).toHaveLength(1);
      const db = await database.open();
      const check = await db.reports.checkRollups();
      await db.close();
      expect(check).toMatchObject({ integrity: onPostgres ? null : "ok", minuteMismatches: 0, hourMismatches: 0 });
      expect(check.rawReports).toBeGreaterThanOrEqual(acked.length);
      // And it still takes reports.
      const res = await fetch(again.url + "/api/v1/reports", { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA }, body: JSON.stringify({ service: "outlook", problem: "login" }) });
      expect(res.status).toBe(201);
    } finally {
      await again.stop();
      await database.drop();
    }
  }, 180_000);

  it("drains and exits cleanly on SIGTERM: every acknowledged report stored (and SQLite's WAL checkpointed away)", async () => {
    const database = await createTestDatabase();
    const server = await startTestServer({ TRUST_PROXY: "1" }, database, true);
    const load = fireReports(server, 16);
    await expect.poll(() => load.acked.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(500);
    expect(await server.kill("SIGTERM")).toBe(0);
    await load.stop();
    expect(await findMissing(database, load.acked)).toEqual([]);
    if (!onPostgres) expect(fs.existsSync(`${database.location}-wal`) ? fs.statSync(`${database.location}-wal`).size : 0).toBe(0);
    await database.drop();
  }, 180_000);
});
