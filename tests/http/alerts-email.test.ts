import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { writeOutboxEvents } from "../../lib/events/store/sql-outbox";
import { makeOpenedEvent } from "../helpers/outbox-event";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import type { TestStores } from "../helpers/test-db";

// One production server without ALERTS_ALLOW_PRIVATE (so private endpoints are refused), sending mail to a local
// SMTP server that parses what it receives.
let server: TestServer;
let smtp: SMTPServer;
let db: TestStores;
const mails: ParsedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        mails.push(m);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${port}`, ALERTS_MAIL_FROM: "Downwire test <alerts@downwire.test>" });
  db = await server.database.open();
});
afterAll(async () => {
  await db?.close();
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function subscribe(body: unknown) {
  const res = await fetch(`${server.url}/api/v1/subscriptions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

/** Writes an event to the outbox as a tick would, and waits until a node has fanned it out. */
async function publish(slug: string, at: number): Promise<string> {
  const service = (await readCatalog(db.catalog)).find(slug)!;
  const event = makeOpenedEvent(service, at);
  await writeOutboxEvents(db.sql, [event], Date.now());
  await expect.poll(async () => (await db.sql.get<{ f: number | null }>("SELECT fanned_at AS f FROM event_outbox WHERE id = ?", [event.id]))?.f ?? null).not.toBeNull();
  return event.id;
}

describe("outbound alerts refuse private addresses (no ALERTS_ALLOW_PRIVATE)", () => {
  it("refuses loopback, private, link-local and metadata endpoints, by literal and by name", async () => {
    for (const url of ["http://127.0.0.1:9/hook", "http://localhost:9/hook", "http://10.1.2.3/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook"]) {
      const r = await subscribe({ kind: "webhook", url, services: ["outlook"] });
      expect(r.status, url).toBe(400);
      expect(r.body.error.code, url).toBe("private_address");
      expect(r.body.error.fields.url, url).toMatch(/not a public address/);
    }
    const push = await subscribe({ kind: "push", services: ["outlook"], subscription: { endpoint: "https://127.0.0.1/push/1", keys: { p256dh: "B".repeat(87), auth: "A".repeat(22) } } });
    expect(push.status).toBe(400);
    expect(push.body.error.code).toBe("private_address");
    expect(await db.alerts.listSubscriptions(10)).toEqual([]);
  });
});

describe("email alerts", () => {
  it("mails a confirmation; only after its link is followed does an alert come, with a working RFC 8058 one-click unsubscribe", async () => {
    const created = await subscribe({ kind: "email", email: "Reader@Example.org", services: ["outlook"] });
    expect(created).toMatchObject({ status: 202, body: { id: expect.stringMatching(/^sub_/), secret: expect.stringMatching(/^whsec_/), status: "pending" } });

    await expect.poll(() => mails.length).toBe(1);
    const confirm = mails[0];
    expect(confirm.to && "text" in confirm.to ? confirm.to.text : "").toBe("reader@example.org");
    expect(confirm.subject).toBe("Confirm Downwire alerts for Outlook");
    const link = /(http:\/\/\S+\/alerts\/confirm\?token=[A-Za-z0-9_-]+)/.exec(confirm.text ?? "")![1];

    // Not confirmed yet: an outage of Outlook sends nothing.
    const first = await publish("outlook", Date.now() - 120_000);
    expect(await db.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM alert_deliveries WHERE event_id = ?", [first])).toMatchObject({ n: 0 });

    // The link opens a page with a button (a GET changes nothing: mail scanners open links); the button confirms.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect((await db.alerts.readSubscription(created.body.id))!.status).toBe("pending");
    const token = /name="token" value="([^"]+)"/.exec(html)![1];
    const submitted = await fetch(`${server.url}/api/v1/subscriptions/confirm`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ token }).toString() });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get("location")).toBe("/alerts/confirm?done=1");
    expect((await db.alerts.readSubscription(created.body.id))!.status).toBe("active");

    await publish("outlook", Date.now() - 60_000);
    await expect.poll(() => mails.length).toBe(2);
    const alert = mails[1];
    expect(alert.subject).toBe("Outlook is down");
    expect(alert.text).toContain("User reports indicate problems at Outlook");
    // The raw header lines, as a mail client reads them.
    const header = (name: string) => alert.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const oneClick = /^<(\S+)>$/.exec(header("list-unsubscribe") ?? "")![1];
    expect(oneClick).toMatch(/\/api\/v1\/subscriptions\/unsubscribe\?token=/);
    // A GET of that link only shows the page (RFC 8058: GET must not unsubscribe).
    const get = await fetch(oneClick, { redirect: "manual" });
    expect(get.status).toBe(303);
    expect(await db.alerts.readSubscription(created.body.id)).not.toBeNull();
    // What a mail client sends for one click.
    const post = await fetch(oneClick, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(post.status).toBe(200);
    // Deleted, address and all.
    expect(await db.alerts.readSubscription(created.body.id)).toBeNull();
    expect(await db.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM alert_subscriptions WHERE target = ?", ["reader@example.org"])).toMatchObject({ n: 0 });

    const after = await publish("outlook", Date.now());
    expect(await db.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM alert_deliveries WHERE event_id = ?", [after])).toMatchObject({ n: 0 });
    expect(mails).toHaveLength(2);
  });

  it("the confirmation and unsubscribe pages in Chinese: their text, and the buttons' answers come back in Chinese", async () => {
    const created = await subscribe({ kind: "email", email: "duzhe@example.org", services: ["outlook"] });
    expect(created.status).toBe(202);
    await expect.poll(() => mails.filter((m) => m.to && "text" in m.to && m.to.text === "duzhe@example.org").length).toBe(1);
    const token = (await db.alerts.readSubscription(created.body.id))!.token;
    const text = async (path: string) => (await (await fetch(`${server.url}${path}`)).text()).replace(/<!-- -->/g, "");
    const post = (path: string, form: Record<string, string>) =>
      fetch(`${server.url}${path}`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form).toString() });

    const confirm = await text(`/zh-CN/alerts/confirm?token=${token}`);
    expect(confirm).toContain("<h1>邮件提醒</h1>");
    expect(confirm).toContain("按下按钮，即可开始在此地址接收 Downwire 提醒。");
    expect(confirm).toMatch(/<button[^>]*>确认<\/button>/);
    expect(confirm).toContain("<title>确认提醒");
    expect(confirm).toContain('name="lang" value="zh-CN"');
    expect(confirm).not.toContain("Press the button");
    const confirmed = await post("/api/v1/subscriptions/confirm", { token, lang: "zh-CN" });
    expect(confirmed.headers.get("location")).toBe("/zh-CN/alerts/confirm?done=1");
    expect((await db.alerts.readSubscription(created.body.id))!.status).toBe("active");
    expect(await text("/zh-CN/alerts/confirm?done=1")).toContain("已确认。您选择的服务出现问题时，您会收到邮件；每封邮件都附有停止提醒的链接。");
    expect(await text("/zh-CN/alerts/confirm?unknown=1")).toContain("此链接已失效");

    const stop = await text(`/zh-CN/alerts/unsubscribe?token=${token}`);
    expect(stop).toContain("<h1>停止提醒</h1>");
    expect(stop).toContain("按下按钮，即可停止这些提醒并从 Downwire 删除您的地址。");
    expect(stop).toMatch(/<button[^>]*>取消订阅<\/button>/);
    const stopped = await post(`/api/v1/subscriptions/unsubscribe?token=${token}`, { from: "page", lang: "zh-CN" });
    expect(stopped.headers.get("location")).toBe("/zh-CN/alerts/unsubscribe?done=1");
    expect(await db.alerts.readSubscription(created.body.id)).toBeNull();
    expect(await text("/zh-CN/alerts/unsubscribe?done=1")).toContain("已完成：不会再发送任何提醒，该地址也已删除。");
    // Again: nothing left to stop, said in Chinese; the English pages say it in English.
    expect((await post(`/api/v1/subscriptions/unsubscribe?token=${token}`, { from: "page", lang: "zh-CN" })).headers.get("location")).toBe("/zh-CN/alerts/unsubscribe?unknown=1");
    expect(await text("/zh-CN/alerts/unsubscribe?unknown=1")).toContain("没有需要停止的内容：此订阅已不存在。");
    expect(await text("/alerts/unsubscribe?unknown=1")).toContain("There is nothing to stop: this subscription no longer exists.");
  });

  it("a subscription made in Chinese is written to in Chinese: confirmation, alert, and the way out", async () => {
    const created = await subscribe({ kind: "email", email: "weixin@example.org", services: ["wechat", "qq"], lang: "zh-CN" });
    expect(created.status).toBe(202);
    const mine = () => mails.filter((m) => m.to && "text" in m.to && m.to.text === "weixin@example.org");
    await expect.poll(() => mine().length).toBe(1);
    expect(mine()[0].subject).toBe("确认 Downwire 关于微信和QQ的提醒");
    expect(mine()[0].text).toContain("有人（希望是您）请求 ");
    // Its link opens the Chinese confirmation page.
    const link = /(http:\/\/\S+\/zh-CN\/alerts\/confirm\?token=[A-Za-z0-9_-]+)/.exec(mine()[0].text ?? "")![1];
    const html = (await (await fetch(link)).text()).replace(/<!-- -->/g, "");
    expect(html).toContain("<h1>邮件提醒</h1>");
    const token = /name="token" value="([^"]+)"/.exec(html)![1];
    await fetch(`${server.url}/api/v1/subscriptions/confirm`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ token, lang: "zh-CN" }).toString() });
    expect((await db.alerts.readSubscription(created.body.id))!).toMatchObject({ status: "active", locale: "zh-CN" });

    const at = Date.now() - 60_000;
    await publish("wechat", at);
    await expect.poll(() => mine().length).toBe(2);
    const alert = mine()[1];
    expect(alert.subject).toBe("微信出现故障");
    const beijing = new Date(at + 8 * 3_600_000).toISOString().slice(11, 16);
    expect(alert.text).toContain(`用户报告显示，微信自 ${beijing} 北京时间 起出现问题（15 分钟内 120 份报告，预期约 4 份）。`);
    expect(alert.text).toContain("过去 15 分钟内 120 份报告；通常约 4 份。");
    expect(alert.text).toContain(`详情：${server.url}/zh-CN/status/wechat`);
    expect(alert.html).toContain("查看实时图表");
    // The one-click link names the language, so a GET of it (a reader's click) lands on the Chinese page.
    const header = alert.headerLines.find((h) => h.key === "list-unsubscribe")!.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " ");
    const oneClick = /^<(\S+)>$/.exec(header)![1];
    expect(oneClick).toMatch(/&lang=zh-CN$/);
    const get = await fetch(oneClick, { redirect: "manual" });
    expect(get.headers.get("location")).toBe(`/zh-CN/alerts/unsubscribe?token=${token}`);
    const post = await fetch(oneClick, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(post.status).toBe(200);
    expect(await db.alerts.readSubscription(created.body.id)).toBeNull();
  });

  it("refuses a language it does not write in, naming the field", async () => {
    const r = await subscribe({ kind: "email", email: "lecteur@example.org", services: ["outlook"], lang: "fr" });
    expect(r.status).toBe(400);
    expect(r.body.error.fields.lang).toBe("must be one of en, zh-CN");
  });

  it("limits confirmation mails per address (3 a day), with Retry-After", async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof subscribe>> | null = null;
    for (let i = 0; i < 3; i++) {
      last = await subscribe({ kind: "email", email: "busy@example.org", services: ["gmail"] });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([202, 202, 202]);
    last = await subscribe({ kind: "email", email: "BUSY@example.org", services: ["gmail"] });
    expect(last.status).toBe(429);
    expect(last.body.error.code).toBe("rate_limited");
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
