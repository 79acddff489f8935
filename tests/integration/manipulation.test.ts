import { describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReports, type ReportRequest } from "../../lib/reports/record-report";
import { BROWSER_UA, count, findTestService, makeClient, makeDeps, makeStores, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);
/** Reports within this much of each other go in one batch (as intake's group commit would put them). */
const BATCH_MS = 10_000;

/** A quiet service (alone in its catalog, so set-up is quick) with a week of history, a warm detector, and a way to flood it. */
async function setUp(slug: string) {
  const stores = await makeStores({ now: TO - 8 * DAY, seed: CATALOG.filter((s) => s.slug === slug) });
  await seedHistory({ ...stores, from: TO - 8 * DAY, to: TO, random: createRandom(11) });
  const runtime = await loadDetectionRuntime(stores.detection);
  await runDetectionTick({ ...stores, now: TO, runtime });
  const service = await findTestService(stores, slug);
  const statuses: string[] = [];
  const tick = async (now: number) => {
    await runDetectionTick({ ...stores, now, runtime });
    statuses.push((await stores.detection.readStatus(service.id))!.status);
  };
  const counted = () => count(stores, "SELECT COUNT(*) AS n FROM reports WHERE service_id = ?", [service.id]);
  return { stores, service, statuses, tick, counted };
}

/** Sends `n` reports spread evenly over `spanMs` from `clientAt(i)`, ticking detection every minute. */
async function flood(ctx: Awaited<ReturnType<typeof setUp>>, n: number, spanMs: number, clientAt: (i: number) => { ip: string; userAgent: string }) {
  const kinds = new Map<string, number>();
  let nextTick = TO + MIN;
  let batch: ReportRequest[] = [];
  let batchAt = TO;
  const send = async () => {
    for (const r of await recordReports(makeDeps(ctx.stores, batchAt, { burstLimit: 10 }), batch)) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    batch = [];
  };
  for (let i = 0; i < n; i++) {
    const t = TO + Math.floor((i * spanMs) / n);
    if (t - batchAt >= BATCH_MS || t >= nextTick) {
      await send();
      batchAt = t;
    }
    while (t >= nextTick) await ctx.tick((nextTick += MIN) - MIN + 1_000);
    const { ip, userAgent } = clientAt(i);
    batch.push({ input: { service: ctx.service.slug, problem: "internet" }, client: makeClient(ip, userAgent) });
  }
  await send();
  for (let m = 0; m < 20; m++) await ctx.tick((nextTick += MIN) - MIN + 1_000);
  return kinds;
}

async function closing<T>(ctx: { stores: TestStores }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    await ctx.stores.close();
  }
}

describe("manipulation", () => {
  it("one client sending 10,000 reports over 3 hours counts once per dedupe window and never trips a spike", async () => {
    const ctx = await setUp("china-telecom");
    await closing(ctx, async () => {
      const kinds = await flood(ctx, 10_000, 3 * HOUR, () => ({ ip: "198.51.100.23", userAgent: BROWSER_UA }));
      // 3 hours in 30-minute dedupe windows.
      expect(await ctx.counted()).toBe(6);
      expect(kinds.get("duplicate")).toBe(10_000 - 6);
      expect(ctx.statuses).not.toContain("outage");
    });
  });

  it("one IPv4 /24 or one IPv6 /48 with many addresses and user agents is capped per window and never trips a spike", async () => {
    for (const clientAt of [
      (i: number) => ({ ip: `198.51.100.${i % 256}`, userAgent: `${BROWSER_UA} r${i}` }),
      (i: number) => ({ ip: `2001:db8:77:${(i % 65536).toString(16)}::${(i % 9) + 1}`, userAgent: `${BROWSER_UA} r${i}` }),
    ]) {
      const ctx = await setUp("china-telecom");
      await closing(ctx, async () => {
        const kinds = await flood(ctx, 10_000, HOUR, clientAt);
        // NETWORK_LIMIT (10) per 30-minute window, over one hour.
        expect(await ctx.counted()).toBe(10 * 2);
        expect(kinds.get("network_limited")).toBeGreaterThan(9_000);
        expect(ctx.statuses).not.toContain("outage");
      });
    }
  });

  it("bots are not counted however many they are", async () => {
    const ctx = await setUp("china-telecom");
    await closing(ctx, async () => {
      const kinds = await flood(ctx, 2_000, 10 * MIN, (i) => ({ ip: `${20 + (i >> 8)}.${i & 255}.0.1`, userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }));
      expect(kinds.get("bot")).toBe(2_000);
      expect(await ctx.counted()).toBe(0);
      expect(ctx.statuses).not.toContain("outage");
    });
  });

  it("200 distinct reporters on 200 networks do trip it", async () => {
    const ctx = await setUp("china-telecom");
    await closing(ctx, async () => {
      await flood(ctx, 200, 60_000, (i) => ({ ip: `${20 + (i >> 8)}.${i & 255}.0.1`, userAgent: BROWSER_UA }));
      expect(await ctx.counted()).toBe(200);
      expect(ctx.statuses).toContain("outage");
    });
  });
});
