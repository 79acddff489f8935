import crypto from "node:crypto";
import type { TestServer } from "./start-test-server";
import type { TestDatabase } from "./test-database";
import { BROWSER_UA } from "./test-db";

const SERVICES = ["outlook", "teams", "steam", "discord"];

export interface Ack {
  service: string;
  ip: string;
  ua: string;
}

/**
 * Many concurrent reporters, each report a distinct address and agent, until `stop()`, alternating between the given
 * servers; collects the 201s.
 */
export function fireReports(servers: TestServer | readonly TestServer[], workers: number, { services = SERVICES, perSecond = Infinity, from = 0 }: { services?: readonly string[]; perSecond?: number; from?: number } = {}) {
  const targets = Array.isArray(servers) ? servers : [servers as TestServer];
  const started = Date.now();
  const acked: Ack[] = [];
  let running = true;
  let n = 0;
  const worker = async () => {
    while (running) {
      // Paced: report n goes out no earlier than n / perSecond seconds in.
      const due = started + (n / perSecond) * 1000;
      if (due > Date.now()) {
        await new Promise((r) => setTimeout(r, due - Date.now()));
        continue;
      }
      const i = from + n++;
      const report = { service: services[i % services.length], ip: `${1 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}.9`, ua: `${BROWSER_UA} c${i}` };
      try {
        const res = await fetch(targets[i % targets.length].url + "/api/v1/reports", {
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
export async function findMissing(database: TestDatabase, acked: Ack[]): Promise<Ack[]> {
  const db = await database.open();
  try {
    const salts = await db.sql.all<{ salt: Buffer }>("SELECT salt FROM salts");
    const ids = new Map((await db.sql.all<{ id: number; slug: string }>("SELECT id, slug FROM services")).map((r) => [r.slug, r.id]));
    const stored = new Set((await db.sql.all<{ r: string }>("SELECT CAST(reporter AS TEXT) AS r FROM reports")).map((x) => x.r));
    return acked.filter(
      (a) => !salts.some(({ salt }) => stored.has(crypto.createHmac("sha256", salt).update(`${ids.get(a.service)}|${a.ip}|${a.ua}`).digest().readBigInt64BE(0).toString())),
    );
  } finally {
    await db.close();
  }
}

