import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { checkRollups } from "../../lib/reports/check-rollups";
import { readHealth, writeTickTime } from "../../lib/ops/read-health";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA, makeDb, T0 } from "../helpers/test-db";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1" });
});
afterAll(() => server?.stop());

describe("operations", () => {
  it("answers the health check with the database and the last detection tick", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: "ok", lastTickAt: expect.any(String) });
    expect(body.lastTickAgeSeconds).toBeLessThan(60);
  });

  it("calls detection degraded when its last tick is older than three intervals, or never ran", () => {
    const db = makeDb();
    expect(readHealth({ db, now: T0, tickMs: 60_000 })).toMatchObject({ status: "degraded", lastTickAt: null });
    writeTickTime(db, T0);
    expect(readHealth({ db, now: T0 + 180_000, tickMs: 60_000 }).status).toBe("ok");
    expect(readHealth({ db, now: T0 + 181_000, tickMs: 60_000 })).toMatchObject({ status: "degraded", lastTickAgeSeconds: 181 });
  });

  it("backs up a database the server is writing to into a consistent copy", async () => {
    const send = (i: number) =>
      fetch(`${server.url}/api/v1/reports`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": `${BROWSER_UA} b${i}`, "X-Forwarded-For": `${30 + i}.1.2.3` },
        body: JSON.stringify({ service: "steam", problem: "login" }),
      });
    const during = Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
    const out = path.join(path.dirname(server.dbPath), "backup.db");
    // Asynchronously, so this process keeps its connections to the server alive while the backup runs (a blocked
    // event loop lets the server's keep-alive timeout close them under the requests still to be sent).
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, ["--import", "tsx", "lib/cli/backup.ts", "--out", out], { env: { ...process.env, DATABASE_PATH: server.dbPath } }, (err, stdout, stderr) =>
        resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    await during;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Backed up .* \(\d+\.\d MB\)/);
    const copy = openDb(out);
    try {
      expect(checkRollups(copy)).toMatchObject({ integrity: "ok", minuteMismatches: 0, hourMismatches: 0 });
      expect((copy.$client.prepare("SELECT COUNT(*) AS n FROM services").get() as { n: number }).n).toBeGreaterThan(60);
    } finally {
      copy.$client.close();
    }
  });
});
