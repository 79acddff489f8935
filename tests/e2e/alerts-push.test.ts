import crypto from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { writeOutboxEvents } from "../../lib/events/store/sql-outbox";
import { launchBrowser } from "../helpers/browser";
import { startReceiver } from "../helpers/http-receiver";
import { makeOpenedEvent } from "../helpers/outbox-event";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA, type TestStores } from "../helpers/test-db";
import { createBrowserKeys, decryptWebPush } from "../helpers/web-push-receiver";

// One server; a local push endpoint stands in for the browser's push service (out of reach here), and Debian's
// Chromium shows that the button registers the worker and asks for a push subscription with the site's key.
let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let browser: Browser;
let db: TestStores;

beforeAll(async () => {
  receiver = await startReceiver((r) => ({ status: r.path.startsWith("/push/gone") ? 410 : 201 }));
  server = await startTestServer({ ALERTS_ALLOW_PRIVATE: "1" });
  db = await server.database.open();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
  await server?.stop();
  await receiver?.close();
});

async function pushKey(): Promise<string> {
  return ((await (await fetch(`${server.url}/api/v1/alerts/push-key`)).json()) as { publicKey: string }).publicKey;
}

/** Checks a VAPID token (RFC 8292): an ES256 JWT for the endpoint's origin, signed by the site's public key. */
function checkVapid(authorization: string, publicKey: string, audience: string) {
  const m = /^vapid t=([^,\s]+),\s*k=(\S+)$/.exec(authorization)!;
  expect(m[2]).toBe(publicKey);
  const [h, p, s] = m[1].split(".");
  const raw = Buffer.from(publicKey, "base64url");
  const key = crypto.createPublicKey({ key: { kty: "EC", crv: "P-256", x: raw.subarray(1, 33).toString("base64url"), y: raw.subarray(33).toString("base64url") }, format: "jwk" });
  expect(crypto.verify("sha256", Buffer.from(`${h}.${p}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(s, "base64url"))).toBe(true);
  const claims = JSON.parse(Buffer.from(p, "base64url").toString()) as { aud: string; exp: number };
  expect(claims.aud).toBe(audience);
  expect(claims.exp * 1000).toBeGreaterThan(Date.now());
}

describe("web push", () => {
  it("delivers an alert that decrypts (RFC 8291) with the subscription's keys, VAPID-signed; a 410 deletes the subscription", async () => {
    const keys = createBrowserKeys();
    const make = async (path: string, k = keys) => {
      const res = await fetch(`${server.url}/api/v1/subscriptions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind: "push", services: ["outlook"], subscription: { endpoint: `${receiver.url}${path}`, expirationTime: null, keys: { p256dh: k.p256dh, auth: k.auth } } }),
      });
      expect(res.status).toBe(202);
      return (await res.json()) as { id: string; status: string };
    };
    const live = await make("/push/abc");
    expect(live.status).toBe("active");
    const gone = await make("/push/gone", createBrowserKeys());

    const outlook = (await readCatalog(db.catalog)).find("outlook")!;
    await writeOutboxEvents(db.sql, [makeOpenedEvent(outlook, Date.now() - 60_000)], Date.now());
    await expect.poll(() => receiver.on("/push/abc").length).toBe(1);
    const push = receiver.on("/push/abc")[0];
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(push.headers.urgency).toBe("high");
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    checkVapid(String(push.headers.authorization), await pushKey(), receiver.url);
    const message = JSON.parse(decryptWebPush(push.body, keys).toString("utf8"));
    expect(message).toMatchObject({ title: "Outlook is down", body: expect.stringContaining("problems at Outlook"), url: `${server.url}/status/outlook`, tag: "service-outlook" });
    // Someone else's keys cannot read it.
    expect(() => decryptWebPush(push.body, createBrowserKeys())).toThrow();

    await expect.poll(async () => db.alerts.readSubscription(gone.id)).toBeNull();
    expect(await db.alerts.readSubscription(live.id)).not.toBeNull();
  });

  it("the Notify me button registers the service worker and asks for a push subscription with the site's VAPID key", async () => {
    const context = await browser.newContext({ userAgent: BROWSER_UA, permissions: ["notifications"] });
    // Record what the page asks the push manager for, then let the real call go on (it fails here: no push service).
    await context.addInitScript(() => {
      const w = window as unknown as { __pushAsked: { userVisibleOnly: boolean; key: string }[] };
      w.__pushAsked = [];
      const original = PushManager.prototype.subscribe;
      PushManager.prototype.subscribe = function (options?: PushSubscriptionOptionsInit) {
        const key = new Uint8Array(options?.applicationServerKey as ArrayBuffer);
        w.__pushAsked.push({ userVisibleOnly: Boolean(options?.userVisibleOnly), key: btoa(String.fromCharCode(...key)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") });
        return original.call(this, options);
      };
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/status/outlook`);
    const button = page.getByRole("button", { name: /Notify me when Outlook has problems/ });
    await button.click();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.scriptURL ?? null)).toBe(`${server.url}/alerts-sw.js`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pushAsked: unknown[] }).__pushAsked)).toEqual([{ userVisibleOnly: true, key: await pushKey() }]);
    // With no push service reachable the browser refuses, and the button says so instead of pretending.
    await expect.poll(() => page.getByTestId("notify").getAttribute("data-state")).toMatch(/^(on|error)$/);
    await context.close();
  });

  it("on a Chinese page the button answers in Chinese, its reasons for failing too (here: too many subscriptions)", async () => {
    const keys = createBrowserKeys();
    const context = await browser.newContext({ userAgent: BROWSER_UA, permissions: ["notifications"], locale: "zh-CN" });
    // This browser's push service is out of reach: it hands out a subscription at the local push endpoint instead, so
    // the button talks to the real API.
    await context.addInitScript((sub: { endpoint: string; p256dh: string; auth: string }) => {
      const fake = { endpoint: sub.endpoint, toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: { p256dh: sub.p256dh, auth: sub.auth } }), unsubscribe: async () => true };
      let subscribed = false;
      PushManager.prototype.subscribe = async function () {
        subscribed = true;
        return fake as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async function () {
        return (subscribed ? fake : null) as unknown as PushSubscription | null;
      };
    }, { endpoint: `${receiver.url}/push/zh`, p256dh: keys.p256dh, auth: keys.auth });
    const page = await context.newPage();
    await page.goto(`${server.url}/zh-CN/status/outlook`);
    const notify = page.getByTestId("notify");
    const status = notify.getByRole("status");
    await notify.getByRole("button").click();
    await expect.poll(() => notify.getAttribute("data-state")).toBe("on");
    expect(await status.textContent()).toMatch(/^Outlook出问题时，您会收到通知。$/);
    // The subscription keeps the page's language: its notifications come in Chinese and open the Chinese page.
    expect(await db.sql.get<{ locale: string }>("SELECT locale FROM alert_subscriptions WHERE target = ?", [`${receiver.url}/push/zh`])).toEqual({ locale: "zh-CN" });
    const outlook = (await readCatalog(db.catalog)).find("outlook")!;
    await writeOutboxEvents(db.sql, [makeOpenedEvent(outlook, Date.now() - 30_000)], Date.now());
    await expect.poll(() => receiver.on("/push/zh").length).toBe(1);
    const message = JSON.parse(decryptWebPush(receiver.on("/push/zh")[0].body, keys).toString("utf8"));
    expect(message).toMatchObject({ title: "Outlook出现故障", body: expect.stringMatching(/^用户报告显示，Outlook自 \d\d:\d\d 北京时间 起出现问题/), url: `${server.url}/zh-CN/status/outlook` });
    await notify.getByRole("button").click();
    await expect.poll(() => notify.getAttribute("data-state")).toBe("off");
    expect(await status.textContent()).toBe("通知已关闭。");

    // Use up this address's subscriptions for the hour (the browser and this test share 127.0.0.1), then press again.
    for (let i = 0; i < 25; i++) {
      const res = await fetch(`${server.url}/api/v1/subscriptions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind: "push", services: ["outlook"], subscription: { endpoint: `${receiver.url}/push/filler/${i}`, keys: { p256dh: keys.p256dh, auth: keys.auth } } }),
      });
      if (res.status === 429) break;
    }
    await notify.getByRole("button").click();
    await expect.poll(() => notify.getAttribute("data-state")).toBe("error");
    expect(await status.textContent()).toBe("无法开启通知：您的网络在过去一小时内订阅次数过多，请稍后再试");
    await context.close();
  });
});
