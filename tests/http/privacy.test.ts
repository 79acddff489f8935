import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { findPgDump } from "../../lib/ops/backup-database";
import { startTestServer } from "../helpers/start-test-server";
import type { TestDatabase } from "../helpers/test-database";
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
 * The reporter keys the counted reports must have left, recomputed here from the stored salt: the keys are what a
 * report writes, so finding them shows the byte search below looks where reports really are.
 */
async function expectedKeys(database: TestDatabase, counted: { service: string; ip: string }[]): Promise<bigint[]> {
  const db = await database.open();
  try {
    const [{ salt }] = await db.sql.all<{ salt: Buffer }>("SELECT salt FROM salts ORDER BY day DESC LIMIT 1");
    const ids = new Map((await db.sql.all<{ id: number; slug: string }>("SELECT id, slug FROM services")).map((r) => [r.slug, r.id]));
    const keys = counted.map((c) => crypto.createHmac("sha256", Buffer.from(salt)).update(`${ids.get(c.service)}|${c.ip}|${BROWSER_UA}`).digest().readBigInt64BE(0));
    const stored = (await db.sql.all<{ r: string }>("SELECT CAST(reporter AS TEXT) AS r FROM reports")).map((x) => x.r);
    for (const [i, key] of keys.entries()) expect(stored.filter((r) => r === key.toString()), JSON.stringify(counted[i])).toHaveLength(1);
    expect(stored).toHaveLength(counted.length);
    return keys;
  } finally {
    await db.close();
  }
}

/**
 * Every readable trace of the database: SQLite's main file, WAL and shared memory, as `strings` would see them; on
 * PostgreSQL, everything a plain pg_dump of it holds (every row of every table, the intake rules' memory included).
 * Returned page by page (searched one at a time, so no separator or neighbour can complete a match).
 */
function readDbBytes(database: TestDatabase): string[] {
  if (database.kind === "postgresql") {
    const dump = spawnSync(findPgDump(), ["--format=plain", "--no-owner", "--dbname", database.location], { encoding: "latin1", maxBuffer: 256 * 1024 * 1024 });
    if (dump.status !== 0) throw new Error(dump.stderr);
    return [dump.stdout];
  }
  const file = database.location;
  // Row data only: SQLite's own headers hold page numbers, page counts and checksums side by side, which can spell
  // any four bytes (page 10 then a size of 256-511 pages reads 0a 00 00 01 = 10.0.0.1). So the main file is read
  // past its 100-byte header, the WAL frame by frame past each 24-byte frame header, and the -shm (an index of page
  // numbers, no rows) not at all. Table-interior b-tree pages (type 5) hold nothing but child page numbers and rowids
  // (rowid 138 then page 266 reads 81 0a 00 00 01 0a) and are skipped too; every row lives on a leaf or overflow page.
  const pages: Buffer[] = [];
  const main = fs.readFileSync(file);
  const mainPageSize = main.readUInt16BE(16) === 1 ? 65_536 : main.readUInt16BE(16);
  for (let at = 0; at < main.length; at += mainPageSize) pages.push(main.subarray(at === 0 ? 100 : at, at + mainPageSize));
  if (fs.existsSync(`${file}-wal`)) {
    const wal = fs.readFileSync(`${file}-wal`);
    if (wal.length >= 32) {
      const pageSize = wal.readUInt32BE(8);
      for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
        // A frame of page 1 starts with the 100-byte database header.
        pages.push(wal.subarray(at + 24 + (wal.readUInt32BE(at) === 1 ? 100 : 0), at + 24 + pageSize));
      }
    }
  }
  const TABLE_INTERIOR = 0x05;
  return pages.filter((page) => page[0] !== TABLE_INTERIOR).map((page) => page.toString("latin1"));
}

/**
 * A key as it appears in those bytes: SQLite stores the integer big-endian (in fewer bytes when it fits in 6, about
 * one key in 30,000, which is then left out rather than searched for); a dump prints it in decimal.
 */
function keyTrace(database: TestDatabase, key: bigint): string | null {
  if (database.kind === "postgresql") return key.toString();
  if (key > -(2n ** 47n) && key < 2n ** 47n) return null;
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(key);
  return bytes.toString("latin1");
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
      const pages = readDbBytes(server.database);
      expect(pages.reduce((n, page) => n + page.length, 0)).toBeGreaterThan(10_000);
      const bytes = { includes: (needle: string) => pages.some((page) => page.includes(needle)) };
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
      const traces = (await expectedKeys(server.database, counted)).map((k) => keyTrace(server.database, k)).filter((t) => t !== null);
      expect(traces.length).toBeGreaterThan(0);
      for (const trace of traces) expect(bytes.includes(trace), Buffer.from(trace, "latin1").toString("hex")).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
