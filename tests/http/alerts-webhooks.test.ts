import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReceiver, verifyWebhook } from "../helpers/http-receiver";
import { clockClosingAMinuteIn, startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

// One production server (real aligned ticks) with local receivers: ALERTS_ALLOW_PRIVATE=1 lets it reach 127.0.0.1. The
// receivers verify every delivery with the standardwebhooks package and the secret the API returned. The server's
// clock runs ahead by under a minute so that a minute closes about when the surge has been sent (its first tick then
// comes within seconds, not up to a minute later); where that boundary really falls changes only the wait.
let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const secrets = new Map<string, string>();
const ADMIN_TOKEN = "operator-token-for-alerts-test";

const verify = verifyWebhook;

beforeAll(async () => {
  receiver = await startReceiver(async (r, n) => {
    // The challenge can arrive before the test has stored the 202's secret: wait for it (with a deadline).
    const until = Date.now() + 10_000;
    while (!secrets.has(r.path) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    const secret = secrets.get(r.path);
    const body = JSON.parse(r.body.toString("utf8")) as { type: string; data: { challenge?: string } };
    // Every receiver echoes the challenge, but only after checking the signature with its own secret.
    if (body.type === "subscription.verify") {
      verify(r, secret!);
      return { status: 200, body: JSON.stringify({ challenge: body.data.challenge }) };
    }
    // "/flaky" fails its first two event deliveries.
    if (r.path === "/flaky" && n <= 3) return { status: 500 };
    return { status: 200 };
  });
  server = await startTestServer({ TRUST_PROXY: "1", ALERTS_ALLOW_PRIVATE: "1", ADMIN_TOKEN }, undefined, false, { clock: clockClosingAMinuteIn(20_000) });
});
afterAll(async () => {
  await server?.stop();
  await receiver?.close();
});

async function subscribe(body: unknown) {
  const res = await fetch(`${server.url}/api/v1/subscriptions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function surge(service: string, first: number) {
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      fetch(`${server.url}/api/v1/reports`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA, "X-Forwarded-For": `${first + (i >> 8)}.${i & 255}.9.1` },
        body: JSON.stringify({ service, problem: "other" }),
      }).then((r) => r.status),
    ),
  );
  expect(answers.filter((s) => s === 201)).toHaveLength(200);
}

describe("signed webhooks (Standard Webhooks)", () => {
  it("refuses bad input with the API's error shape and the right 4xx", async () => {
    const bad = await subscribe({ kind: "webhook", url: "ftp://example.org/x", services: ["outlook"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalid_body" });
    expect(bad.body.error.fields.url).toMatch(/http/);
    const unknown = await subscribe({ kind: "webhook", url: `${receiver.url}/x`, services: ["no-such-service"] });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: "unknown_service", fields: { "services.0": expect.stringContaining("no-such-service") } } } });
    const none = await subscribe({ kind: "webhook", url: `${receiver.url}/x`, services: [] });
    expect(none).toMatchObject({ status: 400, body: { error: { code: "invalid_body", fields: { services: expect.any(String) } } } });
    const kind = await subscribe({ kind: "pager", services: ["outlook"] });
    expect(kind.status).toBe(400);
    const notJson = await fetch(`${server.url}/api/v1/subscriptions`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hi" });
    expect(notJson.status).toBe(415);
    const broken = await fetch(`${server.url}/api/v1/subscriptions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe("invalid_json");
  });

  it("activates only after the signed challenge is echoed, then delivers a signed incident.opened within the tick that decided it; 500 twice, then the same webhook-id succeeds", async () => {
    const a = await subscribe({ kind: "webhook", url: `${receiver.url}/steady`, services: ["china-telecom"], groups: false });
    const b = await subscribe({ kind: "webhook", url: `${receiver.url}/flaky`, services: ["china-mobile"] });
    // The same service for a receiver that asked for Chinese.
    const c = await subscribe({ kind: "webhook", url: `${receiver.url}/steady-zh`, services: ["china-telecom"], lang: "zh-CN" });
    for (const [r, path] of [[a, "/steady"], [b, "/flaky"], [c, "/steady-zh"]] as const) {
      expect(r.status).toBe(202);
      expect(r.body).toMatchObject({ id: expect.stringMatching(/^sub_/), secret: expect.stringMatching(/^whsec_/), status: "pending" });
      secrets.set(path, r.body.secret);
    }
    // The challenge: signed with the returned secret, answered, and only then is the subscription live.
    await expect.poll(() => receiver.on("/steady").length).toBe(1);
    await expect.poll(() => receiver.on("/flaky").length).toBe(1);
    const challenge = verify(receiver.on("/steady")[0], secrets.get("/steady")!);
    expect(challenge.type).toBe("subscription.verify");
    expect(challenge.data).toMatchObject({ challenge: expect.any(String), subscription: { id: a.body.id, services: [{ slug: "china-telecom", name: "China Telecom" }], groups: false } });
    // Signed with another secret, the same delivery does not verify.
    expect(() => verify(receiver.on("/steady")[0], secrets.get("/flaky")!)).toThrow();

    await surge("china-telecom", 40);
    await surge("china-mobile", 50);
    await expect.poll(() => receiver.on("/steady").length, { timeout: 150_000, interval: 500 }).toBeGreaterThanOrEqual(2);
    const delivery = receiver.on("/steady")[1];
    const event = verify(delivery, secrets.get("/steady")!) as { type: string; timestamp?: string; data: any };
    const payload = JSON.parse(delivery.body.toString("utf8"));
    expect(payload.type).toBe("incident.opened");
    expect(payload.id).toBe(delivery.headers["webhook-id"]);
    expect(payload.data).toMatchObject({
      service: { slug: "china-telecom", name: "China Telecom" },
      verdict: expect.stringMatching(/^(possible|outage)$/),
      previousVerdict: "ok",
      sentence: expect.stringContaining("China Telecom"),
      counts: { observed: expect.any(Number), windowMinutes: 15 },
      links: { page: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/status\/china-telecom/) },
    });
    expect(payload.data.counts.observed).toBeGreaterThan(0);
    expect(event.type).toBe("incident.opened");
    // In Chinese, as the API answers with lang: the same event, its sentence and page in Chinese, its field values
    // (slugs, names, verdicts) in English, signed the same way.
    await expect.poll(() => receiver.on("/steady-zh").length).toBeGreaterThanOrEqual(2);
    expect(verify(receiver.on("/steady-zh")[0], secrets.get("/steady-zh")!).data).toMatchObject({ subscription: { services: [{ slug: "china-telecom", name: "China Telecom" }] } });
    const zh = verify(receiver.on("/steady-zh")[1], secrets.get("/steady-zh")!) as { id?: string; data: any };
    expect(receiver.on("/steady-zh")[1].headers["webhook-id"]).toBe(delivery.headers["webhook-id"]);
    expect(zh.data).toMatchObject({
      lang: "zh-CN",
      service: { slug: "china-telecom", name: "China Telecom" },
      verdict: payload.data.verdict,
      counts: payload.data.counts,
      links: { page: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/zh-CN\/status\/china-telecom/) },
    });
    expect(zh.data.sentence).toMatch(/^用户报告显示，中国电信自 \d\d:\d\d 北京时间 起(可能)?出现问题（15 分钟内 \d+ 份报告，预期约 [\d,]+ 份）。/);
    // The minute the verdict is about closes at occurredAt + 60 s and is judged by the tick a second later; the
    // event arrives before the next tick (another minute on). occurredAt is on the server's clock.
    const occurredAt = Date.parse(payload.timestamp);
    const arrivedAt = delivery.at + server.clockOffsetMs;
    expect(arrivedAt).toBeGreaterThan(occurredAt + 60_000);
    expect(arrivedAt).toBeLessThan(occurredAt + 2 * 60_000 + 1_000);

    // The flaky receiver: 500, 500, then 200, every attempt signed, all with one webhook-id.
    await expect.poll(() => receiver.on("/flaky").length, { timeout: 90_000, interval: 500 }).toBeGreaterThanOrEqual(4);
    const attempts = receiver.on("/flaky").slice(1, 4);
    const ids = attempts.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(1);
    for (const r of attempts) expect(verify(r, secrets.get("/flaky")!).type).toBe("incident.opened");
    // Backoff: the retries waited (base 5 s, jittered down to half at least).
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(2_400);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(receiver.on("/flaky")).toHaveLength(4);

    // The operator sees the history: each attempt and its answer.
    const admin = { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } };
    const list = await (await fetch(`${server.url}/admin/alerts`, admin)).text();
    expect(list).toContain(b.body.id);
    // React separates adjacent text with empty comments in server-rendered HTML.
    const history = (await (await fetch(`${server.url}/admin/alerts/${b.body.id}`, admin)).text()).replace(/<!-- -->/g, "");
    expect(history).toContain(String(ids[0]));
    expect(history.match(/failed \(HTTP 500\)/g)).toHaveLength(2);
    expect(history).toContain("incident.opened");
  }, 240_000);

  it("the operator resumes a paused subscription and deletes one; neither form works without signing in", async () => {
    const s = await subscribe({ kind: "webhook", url: `${receiver.url}/operated`, services: ["steam"] });
    secrets.set("/operated", s.body.secret);
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const post = (action: string, id: string, headers: Record<string, string> = admin) =>
      fetch(`${server.url}/admin/alerts/${action}`, { method: "POST", redirect: "manual", headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ id }) });
    const notice = (res: Response) => Object.fromEntries(new URL(res.headers.get("location")!, server.url).searchParams);
    // Its address answered the challenge: active (read straight from the database, not through the code under test).
    const stores = await server.database.open();
    try {
      await expect.poll(async () => (await stores.alerts.readSubscription(s.body.id))?.status, { timeout: 15_000 }).toBe("active");
      // Not signed in, or with a wrong token: refused before the form is read.
      for (const action of ["resume", "delete"]) {
        expect((await post(action, s.body.id, {})).status).toBe(403);
        expect((await post(action, s.body.id, { Authorization: "Bearer not-the-token" })).status).toBe(403);
      }
      expect((await stores.alerts.readSubscription(s.body.id))?.status).toBe("active");
      // An active subscription is not paused: resume refuses rather than pretending.
      expect(notice(await post("resume", s.body.id)).error).toMatch(/is active, not paused/);
      await stores.alerts.pauseSubscription(s.body.id, "HTTP 410 from the receiver", Date.now());
      const resumed = await post("resume", s.body.id);
      expect(resumed.status).toBe(303);
      expect(notice(resumed)).toEqual({ done: `Resumed ${s.body.id}.` });
      const row = await stores.alerts.readSubscription(s.body.id);
      expect([row?.status, row?.pausedAt, row?.pauseReason]).toEqual(["active", null, null]);
      expect(notice(await post("resume", "sub_nonexistent")).error).toBe("No such subscription.");
      const deleted = await post("delete", s.body.id);
      expect(notice(deleted)).toEqual({ done: `Deleted ${s.body.id}.` });
      expect(await stores.alerts.readSubscription(s.body.id)).toBeNull();
      // Gone for its owner too, and a second delete finds nothing.
      expect((await fetch(`${server.url}/api/v1/subscriptions/${s.body.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${s.body.secret}` } })).status).toBe(404);
      expect(notice(await post("delete", s.body.id)).error).toBe("No such subscription.");
    } finally {
      await stores.close();
    }
  });

  it("DELETE needs the secret as a bearer token", async () => {
    const s = await subscribe({ kind: "webhook", url: `${receiver.url}/gone`, services: ["outlook"] });
    secrets.set("/gone", s.body.secret);
    const url = `${server.url}/api/v1/subscriptions/${s.body.id}`;
    expect((await fetch(url, { method: "DELETE" })).status).toBe(401);
    const wrong = await fetch(url, { method: "DELETE", headers: { Authorization: `Bearer ${secrets.get("/steady")}` } });
    expect(wrong.status).toBe(404);
    expect((await wrong.json()).error.code).toBe("not_found");
    expect((await fetch(url, { method: "DELETE", headers: { Authorization: `Bearer ${s.body.secret}` } })).status).toBe(204);
    expect((await fetch(url, { method: "DELETE", headers: { Authorization: `Bearer ${s.body.secret}` } })).status).toBe(404);
  });
});
