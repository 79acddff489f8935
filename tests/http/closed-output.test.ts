import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, makeTempDbPath } from "../helpers/start-test-server";
import { TEST_STORE } from "../helpers/test-database";
import { BROWSER_UA } from "../helpers/test-db";

const root = path.resolve(__dirname, "../..");

/**
 * A server whose log reader goes away (both its stdout and stderr pipes closed under it) keeps serving and still stops
 * on SIGTERM. Before, the first log line after that was an uncaught EPIPE, Next's handler logged it to the same
 * closed pipe, and the server spun on a core from then on: it never answered and ignored SIGTERM.
 * The store plays no part here: SQLite only.
 */
describe.skipIf(TEST_STORE !== "sqlite")("a server whose output is closed", () => {
  const dbPath = makeTempDbPath();
  afterAll(() => fs.rmSync(path.dirname(dbPath), { recursive: true, force: true }));

  it("keeps taking reports and serving pages, and stops on SIGTERM", async () => {
    const port = await findFreePort();
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PRELOAD_PAGES: "0", DATABASE_PATH: dbPath, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      // Close both pipes at the server's first line, well before it listens: everything it logs after fails.
      await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
      child.stdout!.destroy();
      child.stderr!.destroy();
      const base = `http://127.0.0.1:${port}`;
      await expect.poll(() => fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, () => 0), { timeout: 60_000, interval: 250 }).toBe(200);
      const report = await fetch(`${base}/api/v1/reports`, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": BROWSER_UA },
        body: JSON.stringify({ service: "outlook", problem: "login" }),
      });
      expect(report.status).toBe(201);
      expect((await report.json()).counted).toBe(true);
      const page = await fetch(`${base}/status/outlook`, { headers: { "user-agent": BROWSER_UA } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Outlook");
      child.kill("SIGTERM");
      const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running 20 s after SIGTERM"), 20_000))]);
      expect(code).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 120_000);
});
