import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

// Every address this test sends from, in the forms a careless store or log line would use.
const FORWARDED = ["203.0.113.77", "198.51.100.201", "2001:db8:abcd::42", "2001:db8:abcd:0:0:0:0:43", "::ffff:192.0.2.99"];
const SEEN_AS = ["127.0.0.1", "203.0.113.77", "198.51.100.201", "2001:db8:abcd::42", "2001:db8:abcd::43", "2001:db8:abcd:0:0:0:0:43", "192.0.2.99", "::ffff:192.0.2.99"];

/** The 4 or 16 bytes of an address, in case one were stored packed rather than as text. */
function packed(ip: string): string | null {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return Buffer.from(ip.split(".").map(Number)).toString("latin1");
  return null;
}

/**
 * The 8-byte reporter keys the counted reports must have left, recomputed here from the stored salt: the keys are
 * what a report writes, so finding them shows the byte search below looks where reports really are.
 */
function expectedKeys(dbPath: string, counted: { service: string; ip: string }[]): Buffer[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const [{ salt }] = db.prepare("SELECT salt FROM salts ORDER BY day DESC LIMIT 1").all() as { salt: Buffer }[];
    const ids = new Map((db.prepare("SELECT id, slug FROM services").all() as { id: number; slug: string }[]).map((r) => [r.slug, r.id]));
    const keys = counted.map((c) => crypto.createHmac("sha256", salt).update(`${ids.get(c.service)}|${c.ip}|${BROWSER_UA}`).digest().subarray(0, 8));
    const stored = db.prepare("SELECT COUNT(*) AS n FROM reports WHERE reporter = ?");
    for (const [i, key] of keys.entries()) expect((stored.get(key.readBigInt64BE(0)) as { n: number }).n, JSON.stringify(counted[i])).toBe(1);
    expect((db.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n).toBe(counted.length);
    return keys;
  } finally {
    db.close();
  }
}

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
      // A forwarded chain: behind one trusted hop the client is the right-most entry, and what it wrote before is ignored.
      expect((await send("steam", { "X-Forwarded-For": "198.51.100.201, 10.0.0.1" })).status).toBe(201);
      // Rejected and duplicate reports pass through the same code.
      expect((await send("teams", { "X-Forwarded-For": FORWARDED[0] })).status).toBe(200);
      expect((await send("nope", { "X-Forwarded-For": FORWARDED[1] })).status).toBe(404);
      // Page views go through the country lookup too.
      await fetch(server.url + "/status/outlook", { headers: { "X-Forwarded-For": FORWARDED[0] } });
      const bytes = readDbBytes(server.dbPath);
      expect(bytes.length).toBeGreaterThan(10_000);
      for (const ip of [...SEEN_AS, "10.0.0.1"]) {
        expect(bytes.includes(ip), ip).toBe(false);
        expect(server.logs().includes(ip), ip).toBe(false);
        const raw = packed(ip);
        if (raw && ip !== "127.0.0.1") expect(bytes.includes(raw), `${ip} packed`).toBe(false);
      }
      // The check above can fail: each counted report's key is found by the same byte search. (SQLite writes a key
      // that fits in 6 bytes shorter, about one in 30,000; those are left out rather than searched for.)
      const counted = [
        { service: "outlook", ip: "127.0.0.1" },
        ...["203.0.113.77", "198.51.100.201", "2001:db8:abcd::42", "2001:db8:abcd::43", "192.0.2.99"].map((ip) => ({ service: "teams", ip })),
        { service: "steam", ip: "10.0.0.1" },
      ];
      const keys = expectedKeys(server.dbPath, counted).filter((k) => Math.abs(Number(k.readBigInt64BE(0))) >= 2 ** 47);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(bytes.includes(key.toString("latin1")), key.toString("hex")).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
