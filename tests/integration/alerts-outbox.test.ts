import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeaseLostError } from "../../db/sql-client";
import { DeliveryWorker } from "../../lib/alerts/delivery-worker";
import type { NewSubscription } from "../../lib/alerts/store/alert-store";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import type { OutboxEvent } from "../../lib/events/event-types";
import { writeOutboxEvents } from "../../lib/events/store/sql-outbox";
import { deriveAcknowledgedEvent } from "../../lib/official-status/acknowledgement-event";
import { recordReport } from "../../lib/reports/record-report";
import { startReceiver } from "../helpers/http-receiver";
import { makeOpenedEvent } from "../helpers/outbox-event";
import { createTestDatabase } from "../helpers/test-database";
import { findTestService, makeClient, makeDeps, makeStores, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
let n = 0;
function sub(over: Partial<NewSubscription> & Pick<NewSubscription, "serviceIds">): NewSubscription {
  n++;
  const id = `sub_${String(n).padStart(22, "0")}`;
  return {
    id, kind: "webhook", format: "standard", target: `https://hooks.example.org/${n}`, endpoint: `url:https://hooks.example.org/${n}`, pushP256dh: null, pushAuth: null,
    secret: `whsec_${"A".repeat(43)}=`, token: String(n).padStart(32, "t"), groups: false, events: null, locale: "en", status: "active", challenge: null, origin: "https://downwire.example.org",
    createdAt: T0, first: null, ...over,
  };
}
const outbox = (s: TestStores) => s.sql.all<{ id: string; type: string; serviceIds: string; data: string }>(`SELECT id, type, service_ids AS "serviceIds", data FROM event_outbox ORDER BY occurred_at, id`);

describe("the outbox written by the detection tick", () => {
  let stores: TestStores;
  beforeAll(async () => {
    stores = await makeStores();
  });
  afterAll(() => stores.close());

  it("holds incident.opened in the same commit as the incident, with its id, once even when replayed", async () => {
    const service = await findTestService(stores, "china-telecom");
    const runtime = await loadDetectionRuntime(stores.detection);
    await runDetectionTick({ ...stores, now: T0, runtime });
    expect(await outbox(stores)).toEqual([]);
    for (let i = 0; i < 200; i++) await recordReport(makeDeps(stores, T0 + 10_000 + i * 100), { service: service.slug, problem: "internet" }, makeClient(`100.${i}.0.1`));
    await runDetectionTick({ ...stores, now: T0 + MIN + 5_000, runtime });
    await runDetectionTick({ ...stores, now: T0 + 2 * MIN + 5_000, runtime });
    const [incident] = await stores.detection.listIncidents({ serviceId: service.id, state: "open", limit: 1 });
    expect(incident).toBeDefined();
    const events = (await outbox(stores)).map((e) => ({ ...e, data: JSON.parse(e.data) }));
    expect(events.map((e) => e.type)[0]).toBe("incident.opened");
    for (const e of events) expect(JSON.parse(e.serviceIds)).toEqual([service.id]);
    // The event that reached `outage` names the incident the same commit opened.
    const outage = events.find((e) => e.data.verdict === "outage")!;
    expect(outage.data.incident).toEqual({ id: incident.id, path: `/status/china-telecom/incidents/${incident.id}` });
    expect(outage.data.sentence).toMatch(/^User reports indicate problems at China Telecom/);

    // A new leader replaying the same minutes from the saved states writes the same ids: nothing twice.
    const replay = await loadDetectionRuntime(stores.detection);
    for (const s of replay.states.values()) s.t = T0 - MIN;
    await runDetectionTick({ ...stores, now: T0 + 2 * MIN + 5_000, runtime: replay });
    expect((await outbox(stores)).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });
});

describe("fenced writes", () => {
  it("a tick whose lead was taken over writes neither incident nor event", async () => {
    const database = await createTestDatabase();
    const a = await database.open();
    try {
      const { upsertCatalog } = await import("../../lib/catalog/upsert-catalog");
      await upsertCatalog({ catalog: a.catalog, now: T0 });
      const service = (await readCatalog(a.catalog)).find("china-telecom")!;
      const runtime = await loadDetectionRuntime(a.detection);
      await runDetectionTick({ ...a, now: T0, runtime });
      for (let i = 0; i < 200; i++) await recordReport(makeDeps(a as TestStores, T0 + 10_000 + i * 100), { service: service.slug, problem: "internet" }, makeClient(`100.${i}.0.1`));
      const fence = (await a.leases.acquire("detection", "node-a", 100))!;
      await new Promise((r) => setTimeout(r, 200));
      expect(await a.leases.acquire("detection", "node-b", 60_000)).not.toBeNull();
      await expect(runDetectionTick({ ...a, now: T0 + 2 * MIN + 5_000, runtime, fence })).rejects.toBeInstanceOf(LeaseLostError);
      expect(await a.detection.listIncidents({ state: "all", limit: 10 })).toEqual([]);
      expect(await outbox(a)).toEqual([]);
    } finally {
      await a.close();
      await database.drop();
    }
  });
});

describe("fan-out and claims across nodes", () => {
  it("fans an event out once to the active subscriptions that follow it, one mail per stage, and nodes never share an endpoint", async () => {
    const database = await createTestDatabase();
    const a = await database.open();
    // On PostgreSQL a second pool is a second node; SQLite has one writer, so one connection plays both.
    const b = database.kind === "postgresql" ? await database.open() : a;
    try {
      const { upsertCatalog } = await import("../../lib/catalog/upsert-catalog");
      await upsertCatalog({ catalog: a.catalog, now: T0 });
      const catalog = await readCatalog(a.catalog);
      const outlook = catalog.find("outlook")!;
      const gmail = catalog.find("gmail")!;
      const subs = [
        sub({ serviceIds: [outlook.id] }),
        sub({ serviceIds: [outlook.id, gmail.id] }),
        sub({ serviceIds: [outlook.id], kind: "email", target: "a@example.org", endpoint: "mail:a@example.org" }),
        sub({ serviceIds: [outlook.id], status: "pending" }),
        sub({ serviceIds: [gmail.id] }),
        sub({ serviceIds: [], groups: true }),
      ];
      for (const s of subs) await a.alerts.createSubscription(s, T0);

      const opened = makeOpenedEvent(outlook, T0);
      // The same stage again (a replay through another path, a flicker): webhooks get both ids, the mail only one.
      const again: OutboxEvent = { ...opened, id: `${opened.id}x`, occurredAt: T0 + MIN };
      await writeOutboxEvents(a.sql, [opened, again], T0);
      const [ra, rb] = await Promise.all([a.alerts.fanOut(T0, 20), b.alerts.fanOut(T0, 20)]);
      expect(ra.events + rb.events).toBe(2);
      expect(ra.deliveries + rb.deliveries).toBe(5);
      expect(await a.alerts.fanOut(T0, 20)).toEqual({ events: 0, deliveries: 0 });
      const rows = await a.sql.all<{ s: string; e: string }>(`SELECT subscription_id AS s, event_id AS e FROM alert_deliveries ORDER BY id`);
      expect(rows.filter((r) => r.s === subs[0].id)).toHaveLength(2);
      expect(rows.filter((r) => r.s === subs[1].id)).toHaveLength(2);
      expect(rows.filter((r) => r.s === subs[2].id)).toHaveLength(1);
      expect(rows.filter((r) => [subs[3].id, subs[4].id, subs[5].id].includes(r.s))).toEqual([]);

      // Claims: each endpoint goes to one node; a node cannot renew another's; a lapsed claim can be taken.
      const [ca, cb] = await Promise.all([a.alerts.claimEndpoints("node-a", T0, T0 + 15_000, 2), b.alerts.claimEndpoints("node-b", T0, T0 + 15_000, 10)]);
      expect(new Set([...ca, ...cb]).size).toBe(ca.length + cb.length);
      expect([...ca, ...cb].sort()).toEqual([subs[0].endpoint, subs[1].endpoint, subs[2].endpoint].sort());
      expect(await a.alerts.claimEndpoints("node-c", T0 + 1_000, T0 + 16_000, 10)).toEqual([]);
      const held = ca[0] ?? cb[0];
      const holder = ca.length ? "node-a" : "node-b";
      expect(await a.alerts.renewEndpoint(held, "node-x", T0 + 20_000)).toBe(false);
      expect(await a.alerts.renewEndpoint(held, holder, T0 + 20_000)).toBe(true);
      expect((await b.alerts.claimEndpoints("node-c", T0 + 20_001, T0 + 35_000, 10)).sort()).toEqual([subs[0].endpoint, subs[1].endpoint, subs[2].endpoint].sort());
    } finally {
      await a.close();
      if (b !== a) await b.close();
      await database.drop();
    }
  });
});

describe("event types a subscription chose", () => {
  it("reach it, and no other type does; a subscription that chose none gets every type about its services", async () => {
    const stores = await makeStores();
    try {
      const outlook = (await readCatalog(stores.catalog)).find("outlook")!;
      const all = sub({ serviceIds: [outlook.id] });
      const ackOnly = sub({ serviceIds: [outlook.id], events: ["official.acknowledged"] });
      const otherTypes = sub({ serviceIds: [outlook.id], events: ["incident.opened", "incident.resolved"] });
      const groupsOnly = sub({ serviceIds: [outlook.id], groups: true, events: ["group.opened"] });
      for (const s of [all, ackOnly, otherTypes, groupsOnly]) await stores.alerts.createSubscription(s, T0);
      expect((await stores.alerts.readSubscription(ackOnly.id))!.events).toEqual(["official.acknowledged"]);
      expect((await stores.alerts.readSubscription(all.id))!.events).toBeNull();

      const opened = makeOpenedEvent(outlook, T0);
      const acknowledged = deriveAcknowledgedEvent({
        service: outlook,
        crowd: { id: 7, startedAt: T0, endedAt: null },
        word: { kind: "incident", vendorId: "v1", name: "Sign-in problems", impact: "major", url: null, at: T0 + 42 * MIN, resolvedAt: null },
        vendorStatus: "investigating",
        indicator: "major",
      });
      await writeOutboxEvents(stores.sql, [opened, acknowledged], T0);
      await stores.alerts.fanOut(T0, 20);
      const rows = await stores.sql.all<{ s: string; e: string }>(`SELECT subscription_id AS s, event_id AS e FROM alert_deliveries ORDER BY id`);
      const got = (id: string) => rows.filter((r) => r.s === id).map((r) => r.e).sort();
      expect(got(all.id)).toEqual([opened.id, acknowledged.id].sort());
      expect(got(ackOnly.id)).toEqual([acknowledged.id]);
      expect(got(otherTypes.id)).toEqual([opened.id]);
      expect(got(groupsOnly.id)).toEqual([]);
    } finally {
      await stores.close();
    }
  });
});

describe("the delivery worker", () => {
  it("retries a failing endpoint with backoff, dead-letters after the retry window, pauses the subscription and keeps the history", async () => {
    const stores = await makeStores();
    const receiver = await startReceiver(() => ({ status: 503 }));
    try {
      const outlook = (await readCatalog(stores.catalog)).find("outlook")!;
      const s = sub({ serviceIds: [outlook.id], target: `${receiver.url}/down`, endpoint: `url:${receiver.url}/down` });
      await stores.alerts.createSubscription(s, T0);
      await writeOutboxEvents(stores.sql, [makeOpenedEvent(outlook, T0)], T0);
      let clock = T0;
      const worker = new DeliveryWorker({
        alerts: stores.alerts,
        node: "node-a",
        clock: () => clock,
        random: () => 0.5,
        // A window of a minute stands in for the day: the same policy, scaled.
        retry: { baseMs: 5_000, maxDelayMs: 60_000, windowMs: 60_000 },
        context: async () => ({ catalog: await readCatalog(stores.catalog), serviceIdsOf: (id) => stores.alerts.readSubscriptionServiceIds(id), vapid: () => Promise.reject(new Error("no push here")), mailer: null, allowPrivate: true }),
      });
      for (let i = 0; i < 20 && (await stores.alerts.readSubscription(s.id))!.status === "active"; i++) {
        await worker.runOnce();
        clock += 20_000;
      }
      await worker.stop();
      const after = (await stores.alerts.readSubscription(s.id))!;
      expect(after.status).toBe("paused");
      expect(after.pauseReason).toMatch(/HTTP 503/);
      const [history] = await stores.alerts.readDeliveryHistory(s.id, 10);
      expect(history).toMatchObject({ state: "dead", eventType: "incident.opened", lastError: "HTTP 503" });
      const attempts = await stores.alerts.readAttempts(history.id);
      // Steps of 5 s, 15 s, 45 s at 3/4 (the jitter drawn): retried at +20 s (due at +3.75 s) and +40 s (due at
      // +31.25 s); the next wait (33.75 s) would end past the minute's window, so the third failure is the last.
      expect(attempts.map((x) => [x.outcome, x.at - T0])).toEqual([["failed", 0], ["failed", 20_000], ["failed", 40_000]]);
      expect(receiver.on("/down")).toHaveLength(3);
      expect(new Set(receiver.on("/down").map((r) => r.headers["webhook-id"])).size).toBe(1);
    } finally {
      await receiver.close();
      await stores.close();
    }
  });
});
