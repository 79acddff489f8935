import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { findService } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { createDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReport } from "../../lib/reports/record-report";
import { BROWSER_UA, makeClient, makeDeps, makeLimits } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

/** A quiet service (alone in its catalog, so set-up is quick) with a week of history, a warm detector, and a way to flood it. */
function setUp(slug: string) {
  const db = openDb(":memory:");
  upsertCatalog({ db, now: TO - 8 * DAY, catalog: CATALOG.filter((s) => s.slug === slug) });
  seedHistory({ db, from: TO - 8 * DAY, to: TO, random: createRandom(11) });
  const runtime = createDetectionRuntime(db);
  runDetectionTick({ db, now: TO, runtime });
  const service = findService(db, slug)!;
  const statuses: string[] = [];
  const tick = (now: number) => {
    runDetectionTick({ db, now, runtime });
    statuses.push((db.$client.prepare("SELECT status FROM service_status WHERE service_id = ?").get(service.id) as { status: string }).status);
  };
  const counted = () => (db.$client.prepare("SELECT COUNT(*) AS n FROM reports WHERE service_id = ?").get(service.id) as { n: number }).n;
  return { db, service, statuses, tick, counted };
}

/** Sends `n` reports spread evenly over `spanMs` from `clientAt(i)`, ticking detection every minute. */
function flood(ctx: ReturnType<typeof setUp>, n: number, spanMs: number, clientAt: (i: number) => { ip: string; userAgent: string }) {
  const limits = makeLimits(10);
  const kinds = new Map<string, number>();
  let nextTick = TO + MIN;
  for (let i = 0; i < n; i++) {
    const t = TO + Math.floor((i * spanMs) / n);
    while (t >= nextTick) ctx.tick((nextTick += MIN) - MIN + 1_000);
    const { ip, userAgent } = clientAt(i);
    const r = recordReport(makeDeps(ctx.db, t, {}, limits), { service: ctx.service.slug, problem: "internet" }, { ...makeClient(ip, userAgent) });
    kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  }
  for (let m = 0; m < 20; m++) ctx.tick((nextTick += MIN) - MIN + 1_000);
  return kinds;
}

describe("manipulation", () => {
  it("one client sending 10,000 reports over 3 hours counts once per dedupe window and never trips a spike", () => {
    const ctx = setUp("china-telecom");
    const kinds = flood(ctx, 10_000, 3 * HOUR, () => ({ ip: "198.51.100.23", userAgent: BROWSER_UA }));
    expect(ctx.counted()).toBeLessThanOrEqual(3 * 2);
    expect(kinds.get("duplicate")).toBeGreaterThan(9_900);
    expect(ctx.statuses).not.toContain("outage");
  });

  it("one IPv4 /24 or one IPv6 /48 with many addresses and user agents is capped per window and never trips a spike", () => {
    for (const clientAt of [
      (i: number) => ({ ip: `198.51.100.${i % 256}`, userAgent: `${BROWSER_UA} r${i}` }),
      (i: number) => ({ ip: `2001:db8:77:${(i % 65536).toString(16)}::${(i % 9) + 1}`, userAgent: `${BROWSER_UA} r${i}` }),
    ]) {
      const ctx = setUp("china-telecom");
      const kinds = flood(ctx, 10_000, HOUR, clientAt);
      expect(ctx.counted()).toBeLessThanOrEqual(10 * 2);
      expect(kinds.get("network_limited")).toBeGreaterThan(9_000);
      expect(ctx.statuses).not.toContain("outage");
    }
  });

  it("bots are not counted however many they are", () => {
    const ctx = setUp("china-telecom");
    const kinds = flood(ctx, 2_000, 10 * MIN, (i) => ({ ip: `${20 + (i >> 8)}.${i & 255}.0.1`, userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }));
    expect(kinds.get("bot")).toBe(2_000);
    expect(ctx.counted()).toBe(0);
    expect(ctx.statuses).not.toContain("outage");
  });

  it("200 distinct reporters on 200 networks do trip it", () => {
    const ctx = setUp("china-telecom");
    flood(ctx, 200, 60_000, (i) => ({ ip: `${20 + (i >> 8)}.${i & 255}.0.1`, userAgent: BROWSER_UA }));
    expect(ctx.counted()).toBe(200);
    expect(ctx.statuses).toContain("outage");
  });
});
