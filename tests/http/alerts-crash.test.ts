import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { writeOutboxEvents } from "../../lib/events/store/sql-outbox";
import { startReceiver } from "../helpers/http-receiver";
import { makeOpenedEvent } from "../helpers/outbox-event";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import type { TestStores } from "../helpers/test-db";

// kill -9 with deliveries queued and one in flight; a new process on the same database delivers the rest.
let first: TestServer;
let second: TestServer | null = null;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let db: TestStores;
const ENV = { ALERTS_ALLOW_PRIVATE: "1" };
const EVENTS = 30;

beforeAll(async () => {
  receiver = await startReceiver((r) => {
    const body = JSON.parse(r.body.toString("utf8")) as { type: string; data: { challenge?: string } };
    if (body.type === "subscription.verify") return { status: 200, body: JSON.stringify({ challenge: body.data.challenge }) };
    // A slow receiver: the queue is still long when the server dies.
    return { status: 200, delayMs: 150 };
  });
  first = await startTestServer(ENV, undefined, true);
  db = await first.database.open();
});
afterAll(async () => {
  await db?.close();
  await second?.stop();
  await first?.stop();
  await receiver?.close();
});

const deliveredIds = async () =>
  (await db.sql.all<{ m: string }>("SELECT message_id AS m FROM alert_deliveries WHERE purpose = 'event' AND state = 'delivered'")).map((r) => r.m);

describe("delivery survives kill -9", () => {
  it("loses no queued delivery and keeps every one recorded as sent", async () => {
    const res = await fetch(`${first.url}/api/v1/subscriptions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ kind: "webhook", url: `${receiver.url}/hook`, services: ["outlook"] }) });
    const { id } = (await res.json()) as { id: string };
    await expect.poll(async () => (await db.alerts.readSubscription(id))?.status).toBe("active");

    const outlook = (await readCatalog(db.catalog)).find("outlook")!;
    const base = Date.now() - 60 * 60_000;
    const events = Array.from({ length: EVENTS }, (_, i) => makeOpenedEvent(outlook, base + i * 60_000, 100 + i));
    await writeOutboxEvents(db.sql, events, Date.now());

    await expect.poll(() => receiver.on("/hook").length, { timeout: 20_000 }).toBeGreaterThanOrEqual(6);
    expect(await first.kill("SIGKILL")).toBeNull();
    const sentBefore = await deliveredIds();
    const queued = await db.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM alert_deliveries WHERE purpose = 'event' AND state = 'queued'");
    // The kill came with deliveries still waiting (the test proves something only then).
    expect(Number(queued!.n)).toBeGreaterThan(5);
    expect(sentBefore.length).toBeGreaterThan(0);

    second = await startTestServer(ENV, first.database);
    // A dead node's claim lapses (15 s); then every event is delivered.
    await expect.poll(async () => (await deliveredIds()).length, { timeout: 60_000, interval: 500 }).toBe(EVENTS);
    const after = new Set(await deliveredIds());
    for (const m of sentBefore) expect(after.has(m)).toBe(true);
    // At least once: every event reached the receiver, each under its own stable webhook-id (the one in flight at
    // the kill may have come twice, with the same id).
    const seen = new Set(receiver.on("/hook").map((r) => String(r.headers["webhook-id"])).filter((m) => m.startsWith("evt_")));
    expect([...seen].sort()).toEqual(events.map((e) => e.id).sort());
    expect(receiver.on("/hook").length - 1).toBeLessThanOrEqual(EVENTS + 1);
  }, 120_000);
});
