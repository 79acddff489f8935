import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { loadDetectionRuntime, flushDetection } from "../../lib/detection/run-tick";
import { correlateIncidents } from "../../lib/correlation/run-correlation";
import { runDetectionTick } from "../../lib/detection/run-tick";
import { findMissing, fireReports } from "../helpers/acked-reports";
import { DAY, MIN, writeSeries } from "../helpers/correlated-series";
import { clockClosingAMinuteIn, startTestServer, type TestServer } from "../helpers/start-test-server";
import { startTcpProxy } from "../helpers/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { BROWSER_UA, onPostgres } from "../helpers/test-db";

const TICK_SECONDS = 3;
const NODE_ENV = { TRUST_PROXY: "1", DETECTION_TICK_SECONDS: String(TICK_SECONDS), LEADER_LEASE_SECONDS: "1" };
/**
 * Detection judges closed minutes, so a surge is first judged when its minute closes. The nodes' clocks run ahead of
 * the test's by under a minute, chosen so that a minute closes this long after the first node is started: some
 * seconds after the surge test begins (about 10 s after the start alone, 25 s in a full run), rather than anywhere up
 * to a minute later. Where the boundary really falls changes only how long the test waits, never what it checks: a
 * surge begun just before it, or after it, is judged a minute later.
 */
const FIRST_BOUNDARY_AFTER_START_MS = 40_000;

interface Health {
  status: string;
  store: string;
  leader: boolean;
  lastTickAt: string | null;
}

const health = async (s: TestServer): Promise<Health> => (await fetch(`${s.url}/api/health`)).json() as Promise<Health>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await sleep(50);
  }
}

const report = (s: TestServer, service: string, ip: string, ua = BROWSER_UA) =>
  fetch(`${s.url}/api/v1/reports`, { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": ua, "X-Forwarded-For": ip }, body: JSON.stringify({ service, problem: "login" }) });

describe.runIf(onPostgres)("several nodes on one PostgreSQL database", () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;

  // A week of ordinary Steam reports and warm detectors, as a running deployment would have; then two nodes.
  beforeAll(async () => {
    database = await createTestDatabase();
    const stores = await database.open();
    const now = Date.now();
    await upsertCatalog({ catalog: stores.catalog, now });
    const minute = Math.floor(now / MIN) * MIN;
    await writeSeries(stores, [{ slug: "steam", seed: 3, peakPerMin: 1, countries: { US: 3, GB: 1 } }], minute - 8 * DAY, minute);
    const runtime = await loadDetectionRuntime(stores.detection);
    await runDetectionTick({ ...stores, now, runtime });
    await correlateIncidents({ ...stores, now });
    await flushDetection({ detection: stores.detection, runtime, now });
    await stores.close();
    a = await startTestServer(NODE_ENV, database, true, { clock: clockClosingAMinuteIn(FIRST_BOUNDARY_AFTER_START_MS) });
    // The same clock as a's (both read the one true time, shifted alike).
    b = await startTestServer(NODE_ENV, database, true, { clock: Date.now() + a.clockOffsetMs });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  it("has exactly one leader, and both nodes answer for the shared store", async () => {
    // With a one-second lease on a loaded machine the lead may change hands between the two reads, so read until one
    // pair of answers shows exactly one leader (a deadline, not a sleep).
    const [ha, hb] = await waitFor("exactly one leader", () => Promise.all([health(a), health(b)]), ([x, y]) => Number(x.leader) + Number(y.leader) === 1, 15_000);
    expect([ha.store, hb.store]).toEqual(["postgresql", "postgresql"]);
    // The follower is healthy too: the leader's ticks are the cluster's.
    expect([ha.status, hb.status]).toEqual(["ok", "ok"]);
  });

  it("counts a reporter once whichever node it reaches, and holds the network cap across nodes", async () => {
    expect((await report(a, "outlook", "203.0.113.50")).status).toBe(201);
    const again = await report(b, "outlook", "203.0.113.50");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ counted: false, reason: "duplicate", reportsLastHour: 1 });
    // One /24 with many addresses, alternating nodes: NETWORK_LIMIT (10) counted in all.
    const statuses: number[] = [];
    for (let i = 1; i <= 16; i++) statuses.push((await report(i % 2 ? a : b, "teams", `198.51.100.${i}`, `${BROWSER_UA} n${i}`)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
  });

  it("shows a report taken by one node on the other's pages within the read cache's lifetime", async () => {
    const gmail = async () => ((await (await fetch(`${b.url}/api/v1/services/gmail`)).json()) as { volume: { reportsLastHour: number } }).volume.reportsLastHour;
    // The other node has read (and cached) Gmail's count before the reports arrive.
    expect(await gmail()).toBe(0);
    for (let i = 1; i <= 3; i++) expect((await report(a, "gmail", `192.0.2.${i}`)).status).toBe(201);
    const sent = Date.now();
    await waitFor("gmail's count on the other node", gmail, (n) => n === 3, 10_000);
    expect(Date.now() - sent).toBeLessThanOrEqual(5_000 + 1_500);
  });

  it("opens one incident for a surge reported through both nodes, and keeps it one when the leader is killed mid-surge", { timeout: 10 * 60_000 }, async () => {
    // Every reporter distinct, alternating between the nodes, 25 a second: about 1,500 a minute where ~1 is usual.
    const surge = fireReports([a, b], 4, { services: ["steam"], perSecond: 25 });
    const open = await waitFor(
      "an open Steam incident",
      async () => ((await (await fetch(`${b.url}/api/v1/incidents?service=steam&state=open`)).json()) as { incidents: { id: number }[] }).incidents,
      (list) => list.length > 0,
      6 * 60_000,
    );
    expect(open).toHaveLength(1);
    const [leader, follower] = (await health(a)).leader ? [a, b] : [b, a];
    expect((await health(follower)).leader).toBe(false);

    // kill -9 the leader mid-surge; the surge goes on through the other node.
    const killedAt = Date.now();
    expect(await leader.kill("SIGKILL")).toBeNull();
    await surge.stop();
    const rest = fireReports([follower], 4, { services: ["steam"], perSecond: 25, from: 1_000_000 });
    // The nodes' clock (shared, shifted alike) is what their ticks are stamped with.
    const tickAt = (h: Health) => (h.lastTickAt === null ? -Infinity : Date.parse(h.lastTickAt) - follower.clockOffsetMs);
    const took = await waitFor("the follower to lead and tick", () => health(follower), (h) => h.leader && tickAt(h) > killedAt, 4 * TICK_SECONDS * 1000);
    expect(tickAt(took) - killedAt).toBeLessThanOrEqual(2 * TICK_SECONDS * 1000);
    // The surge goes on until the new leader has judged a minute that closed after the kill, and ticked once
    // more (so every read below sees that tick): it resumes the incident, it does not open another.
    const closedAfterKill = (Math.floor((killedAt + follower.clockOffsetMs) / MIN) + 1) * MIN - follower.clockOffsetMs;
    await waitFor("the new leader to judge a minute that closed after the kill", () => health(follower), (h) => tickAt(h) > closedAfterKill + TICK_SECONDS * 1000, 2 * 60_000);
    await rest.stop();
    const incidents = ((await (await fetch(`${follower.url}/api/v1/incidents?service=steam`)).json()) as { incidents: { id: number; open: boolean }[] }).incidents;
    expect(incidents.map((i) => i.id)).toEqual([open[0].id]);
    expect(incidents[0].open).toBe(true);

    // Nothing either node acknowledged is missing.
    const acked = [...surge.acked, ...rest.acked];
    expect(acked.length).toBeGreaterThan(1_000);
    expect(await findMissing(database, acked)).toEqual([]);
    const stores = await database.open();
    expect(await stores.reports.checkRollups()).toMatchObject({ minuteMismatches: 0, hourMismatches: 0 });
    await stores.close();
  });
});

describe.runIf(onPostgres)("a node whose database goes away", () => {
  it("answers intake 503 with Retry-After, acknowledges nothing it did not store, and recovers when the database is back", async () => {
    const database = await createTestDatabase();
    const url = new URL(database.location);
    const proxy = await startTcpProxy(url.hostname, Number(url.port));
    const viaProxy = new URL(url);
    viaProxy.port = String(proxy.port);
    const node = await startTestServer({ TRUST_PROXY: "1", DATABASE_URL: viaProxy.toString() }, database);
    try {
      expect((await report(node, "outlook", "203.0.113.1")).status).toBe(201);
      await proxy.cut();
      const gone = await report(node, "outlook", "203.0.113.2");
      expect(gone.status).toBe(503);
      expect(gone.headers.get("retry-after")).toMatch(/^\d+$/);
      // The same answer as any other from intake: JSON, never cached, with intake's security headers.
      expect(gone.headers.get("cache-control")).toBe("no-store");
      expect(gone.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(gone.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(gone.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await gone.json()).toMatchObject({ error: { code: "unavailable" } });
      expect((await fetch(`${node.url}/api/health`)).status).toBe(503);
      await proxy.restore();
      // The client retries as told: now it is stored, once.
      const back = await waitFor("intake to recover", () => report(node, "outlook", "203.0.113.2"), (r) => r.status !== 503, 20_000);
      expect(back.status).toBe(201);
      expect((await report(node, "outlook", "203.0.113.2")).status).toBe(200);
      expect(await findMissing(database, [{ service: "outlook", ip: "203.0.113.1", ua: BROWSER_UA }, { service: "outlook", ip: "203.0.113.2", ua: BROWSER_UA }])).toEqual([]);
    } finally {
      await node.stop();
      await proxy.close();
    }
  });
});
