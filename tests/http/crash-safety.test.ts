import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { checkRollups } from "../../lib/reports/check-rollups";
import { makeTempDbPath, startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

const SERVICES = ["outlook", "teams", "steam", "discord"];

interface Ack {
  service: string;
  ip: string;
  ua: string;
}

/** Many concurrent reporters, each report a distinct address and agent, until `stop()`; collects the 201s. */
function fireReports(server: TestServer, workers: number) {
  const acked: Ack[] = [];
  let running = true;
  let n = 0;
  const worker = async () => {
    while (running) {
      const i = n++;
      const report = { service: SERVICES[i % SERVICES.length], ip: `${1 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}.9`, ua: `${BROWSER_UA} c${i}` };
      try {
        const res = await fetch(server.url + "/api/v1/reports", {
          method: "POST",
          headers: { "Content-Type": "application/json", "User-Agent": report.ua, "X-Forwarded-For": report.ip },
          body: JSON.stringify({ service: report.service, problem: "login" }),
        });
        if (res.status === 201) acked.push(report);
      } catch {
        // The server went away mid-request: not acknowledged, so nothing is owed.
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, worker));
  return { acked, stop: () => ((running = false), done) };
}

/** Which acknowledged reports are missing from the raw rows, recomputing each reporter key with the stored salt. */
function findMissing(dbPath: string, acked: Ack[]): Ack[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const salts = db.prepare("SELECT day, salt FROM salts").all() as { day: number; salt: Buffer }[];
    const ids = new Map((db.prepare("SELECT id, slug FROM services").all() as { id: number; slug: string }[]).map((r) => [r.slug, r.id]));
    const has = db.prepare("SELECT 1 FROM reports WHERE reporter = ?");
    return acked.filter(
      (a) =>
        !salts.some(({ salt }) => {
          const key = crypto.createHmac("sha256", salt).update(`${ids.get(a.service)}|${a.ip}|${a.ua}`).digest().readBigInt64BE(0);
          return has.get(key) !== undefined;
        }),
    );
  } finally {
    db.close();
  }
}

describe("crash safety", () => {
  it("keeps every acknowledged report through kill -9, with rollups that agree with the raw rows", async () => {
    const dbPath = makeTempDbPath();
    const server = await startTestServer({ TRUST_PROXY: "1" }, dbPath, true);
    const load = fireReports(server, 32);
    await expect.poll(() => load.acked.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(1500);
    expect(await server.kill("SIGKILL")).toBeNull();
    await load.stop();
    const acked = [...load.acked];

    const again = await startTestServer({ TRUST_PROXY: "1" }, dbPath, true);
    try {
      expect(findMissing(dbPath, acked)).toEqual([]);
      // The check above can fail: a report the server never saw is not found.
      expect(findMissing(dbPath, [{ service: "outlook", ip: "9.9.9.9", ua: "never sent" }])).toHaveLength(1);
      const db = openDb(dbPath);
      const check = checkRollups(db);
      db.$client.close();
      expect(check).toMatchObject({ integrity: "ok", minuteMismatches: 0, hourMismatches: 0 });
      expect(check.rawReports).toBeGreaterThanOrEqual(acked.length);
      // And it still takes reports.
      const res = await fetch(again.url + "/api/v1/reports", { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA }, body: JSON.stringify({ service: "outlook", problem: "login" }) });
      expect(res.status).toBe(201);
    } finally {
      await again.stop();
      fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
    }
  }, 180_000);

  it("drains and exits cleanly on SIGTERM: every acknowledged report stored, the WAL checkpointed away", async () => {
    const dbPath = makeTempDbPath();
    const server = await startTestServer({ TRUST_PROXY: "1" }, dbPath, true);
    const load = fireReports(server, 16);
    await expect.poll(() => load.acked.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(500);
    expect(await server.kill("SIGTERM")).toBe(0);
    await load.stop();
    expect(findMissing(dbPath, load.acked)).toEqual([]);
    expect(fs.existsSync(`${dbPath}-wal`) ? fs.statSync(`${dbPath}-wal`).size : 0).toBe(0);
    fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  }, 180_000);
});
