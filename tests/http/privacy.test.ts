import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

const FORWARDED = ["203.0.113.77", "198.51.100.201", "2001:db8:abcd::42"];

/** Every readable trace of the database: main file, WAL and shared memory, as `strings` would see them. */
function readDbBytes(dbPath: string): string {
  return ["", "-wal", "-shm"].map((s) => (fs.existsSync(dbPath + s) ? fs.readFileSync(dbPath + s).toString("latin1") : "")).join("\n");
}

describe("no client IP is stored or logged", () => {
  it("keeps neither socket nor forwarded addresses in the database files or the logs", async () => {
    const server = await startTestServer({ TRUST_PROXY: "1" });
    try {
      const send = (service: string, headers: Record<string, string>) =>
        fetch(server.url + "/api/v1/reports", { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA, ...headers }, body: JSON.stringify({ service, problem: "login" }) });
      expect((await send("outlook", {})).status).toBe(201);
      for (const ip of FORWARDED) expect((await send("teams", { "X-Forwarded-For": ip })).status).toBe(201);
      // Page views go through the country lookup too.
      await fetch(server.url + "/status/outlook", { headers: { "X-Forwarded-For": FORWARDED[0] } });
      const bytes = readDbBytes(server.dbPath);
      expect(bytes.length).toBeGreaterThan(10_000);
      for (const ip of ["127.0.0.1", ...FORWARDED]) {
        expect(bytes.includes(ip)).toBe(false);
        expect(server.logs().includes(ip)).toBe(false);
      }
      // The check above can fail: the reports really are in that file.
      expect(bytes.includes("teams")).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
