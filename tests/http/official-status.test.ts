import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseRssFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READ_CACHE_MAX_MS } from "../../lib/cache/read-cache";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { startReceiver, verifyWebhook } from "../helpers/http-receiver";
import { makeIncidentHistory } from "../helpers/make-incident";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { shiftTimes, startStatusPageServer, type StatusPageServer } from "../helpers/status-page-server";
import { createTestDatabase } from "../helpers/test-database";
import type { TestStores } from "../helpers/test-db";

/*
 * The "Done when", end to end: a real Downwire (CATALOG_FILE, 2 s polls, private addresses allowed for the
 * local status server) reading real vendor payloads served over HTTP, one server process for the whole file.
 */

const SAMPLES = path.resolve(__dirname, "../../../shared/official-status");
const sample = (file: string) => fs.readFileSync(path.join(SAMPLES, file), "utf8");
const GITHUB_SUMMARY = sample("statuspage-github-summary-2022-11-25-packages-incident.json");
const GITHUB_INCIDENTS = sample("statuspage-github-incidents-2024-09-17.json");
/** A real all-operational Statuspage summary. */
const OPERATIONAL_SUMMARY = sample("statuspage-discord-summary-2022-02-15.json");
const DISCORD_INCIDENTS = sample("statuspage-discord-incidents-2022-02-15.json");

const POLL_SECONDS = 2;
/** Two poll intervals, plus what a loaded shared machine adds to a request through Next. */
const WITHIN_TWO_POLLS = 2 * POLL_SECONDS * 1000 + 8_000;
const MIN = 60_000;
/** A page may show a reading up to the read cache's longest reuse after the API does. */
const PAGE_CACHE_DEADLINE = READ_CACHE_MAX_MS + 10_000;
/** The server's clock as it starts, so nothing depends on the hour the test runs. */
const CLOCK = Date.UTC(2026, 10, 19, 15, 0, 20);

let status: StatusPageServer;
let server: TestServer;
/** Subscribers' webhook endpoints, each verifying what it gets with its own secret. */
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const secrets = new Map<string, string>();
/** The server's clock minus the real one (it runs from CLOCK): its webhooks are stamped with its time. */
let clockOffsetMs = 0;
const verify = (r: Parameters<typeof verifyWebhook>[0], secret: string) => verifyWebhook(r, secret, { clockOffsetMs });
let db: TestStores;
let catalogDir: string;
/** When Discord's crowd surge began, and when the vendor's (replayed) incident first said so. */
let surgeAt: number;
let vendorAckAt: number;

const get = (p: string) => fetch(server.url + p);
const json = async (p: string) => {
  const res = await get(p);
  expect(res.status).toBe(200);
  return res.json();
};
const page = async (p: string) => {
  const res = await get(p);
  expect(res.status).toBe(200);
  return (await res.text()).replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
};

beforeAll(async () => {
  receiver = await startReceiver(async (r) => {
    // The challenge can arrive before the test has stored the 202's secret: wait for it (with a deadline).
    const until = Date.now() + 10_000;
    while (!secrets.has(r.path) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    const event = verify(r, secrets.get(r.path)!);
    return event.type === "subscription.verify" ? { status: 200, body: JSON.stringify({ challenge: event.data.challenge }) } : { status: 200 };
  });
  status = await startStatusPageServer();
  status.set("/github/api/v2/summary.json", { body: GITHUB_SUMMARY });
  status.set("/github/api/v2/incidents.json", { body: GITHUB_INCIDENTS });
  status.set("/discord/api/v2/summary.json", { body: OPERATIONAL_SUMMARY });
  status.set("/discord/api/v2/incidents.json", { body: DISCORD_INCIDENTS });

  const database = await createTestDatabase();
  db = await database.open();
  await upsertCatalog({ catalog: db.catalog, now: CLOCK });
  // Discord's users report an outage for the last hour (the detector opens the incident before the server starts).
  const until = Math.floor(CLOCK / MIN) * MIN - MIN;
  surgeAt = until - 60 * MIN;
  await makeIncidentHistory(db, { slug: "discord", surgeAt, surgeMs: 60 * MIN, until });

  // The operator's catalog file: GitHub and Discord read from the local status server.
  const entry = (slug: string) => {
    const seed = CATALOG.find((s) => s.slug === slug)!;
    return { ...seed, hidden: false, officialStatus: { format: "statuspage", url: `${status.url}/${slug}/api/v2/summary.json` } };
  };
  catalogDir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-catalog-"));
  const file = path.join(catalogDir, "catalog.json");
  fs.writeFileSync(file, JSON.stringify({ format: "downwire-catalog", version: 1, services: [entry("github"), entry("discord")] }));
  clockOffsetMs = CLOCK - Date.now();
  server = await startTestServer({ CATALOG_FILE: file, OFFICIAL_STATUS_POLL_SECONDS: String(POLL_SECONDS), OFFICIAL_STATUS_ALLOW_PRIVATE: "1", ALERTS_ALLOW_PRIVATE: "1" }, database, false, { clock: CLOCK });
}, 180_000);

afterAll(async () => {
  await db?.close();
  await server?.stop();
  await status?.close();
  await receiver?.close();
  if (catalogDir) fs.rmSync(catalogDir, { recursive: true, force: true });
});

describe("official status beside the crowd", () => {
  it("reads GitHub's real Statuspage summary: minor, Packages partial_outage, the open incident", async () => {
    await expect.poll(async () => (await json("/api/v1/services/github")).official?.indicator, { timeout: WITHIN_TWO_POLLS }).toBe("minor");
    const { official, officialSummary } = await json("/api/v1/services/github");
    expect(official).toMatchObject({
      indicator: "minor",
      description: "Minor Service Outage",
      components: [{ name: "Packages", status: "partial_outage" }],
      incidents: [{ id: "ljwdk6qml8z8", name: "Incident with Packages and Pages", impact: "major", status: "investigating", startedAt: "2022-11-25T14:39:09.542Z", updatedAt: expect.stringMatching(/^2022-11-25T15:50:0/) }],
      stale: false,
      source: { format: "statuspage", url: `${status.url}/github/api/v2/summary.json` },
    });
    expect(Date.parse(official.checkedAt)).toBeGreaterThanOrEqual(CLOCK);
    expect(officialSummary).toBe("GitHub's status page says: Partial outage — Packages, since 25 Nov 14:39 UTC.");
    // Pages read through the read cache: the new reading shows within its TTL, not necessarily at once.
    await expect.poll(() => page("/status/github"), { timeout: PAGE_CACHE_DEADLINE }).toContain("GitHub's status page says: Partial outage — Packages, since 25 Nov 14:39 UTC.");
    // In Chinese: the same line in Chinese, the time in Beijing time (22:39 there on the vendor's day).
    const zh = "GitHub官方状态页显示：部分中断——Packages，自 11月25日 22:39 北京时间 起。";
    // With 2-second polls a reading is stale by age after 6 s: on a loaded machine a late poll can show that for a moment.
    await expect.poll(async () => (await json("/api/v1/services/github?lang=zh-CN")).officialSummary, { timeout: WITHIN_TWO_POLLS }).toBe(zh);
    await expect.poll(() => page("/zh-CN/status/github"), { timeout: PAGE_CACHE_DEADLINE }).toContain(zh);
    expect(await page("/zh-CN/status/github")).not.toContain("status page says");
    // A service that names no source says so with null.
    expect((await json("/api/v1/services/steam")).official).toBeNull();
  });

  it("asks again conditionally: the ETag goes back and a 304 keeps the reading", async () => {
    await expect.poll(() => status.requests.filter((r) => r.path === "/github/api/v2/summary.json" && r.status === 304).length, { timeout: WITHIN_TWO_POLLS }).toBeGreaterThan(0);
    const conditional = status.requests.find((r) => r.status === 304)!;
    expect(conditional.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
    // Fresh again by the next poll at the latest (a late poll on a loaded machine can leave it stale by age for a moment).
    await expect.poll(async () => (await json("/api/v1/services/github")).official, { timeout: WITHIN_TWO_POLLS }).toMatchObject({ indicator: "minor", stale: false });
  });

  it("says plainly when the crowd sees an outage while the vendor says all is well", async () => {
    const detail = await json("/api/v1/services/discord");
    expect(detail.status.status).toBe("outage");
    expect(detail.official).toMatchObject({ indicator: "none", components: [], incidents: [], stale: false });
    expect(detail.officialSummary).toMatch(/^Users report an outage; yet Discord's status page says all systems are operational \(last read \d\d:\d\d UTC\)\.$/);
    expect(await page("/status/discord")).toContain("Users report an outage; yet Discord's status page says all systems are operational");
    expect((await json("/api/v1/services/discord?lang=zh-CN")).officialSummary).toMatch(/^用户报告显示出现故障；然而Discord官方状态页显示所有系统运行正常（最后读取于 \d\d:\d\d 北京时间）。$/);
  });

  it("measures the lag when the vendor acknowledges later: API, incident page, feed, the vendor ranking, and one signed official.acknowledged alert", async () => {
    // Three webhook subscribers of Discord: one chose official.acknowledged, one every event, one other events.
    const subscribe = async (body: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/api/v1/subscriptions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ kind: "webhook", services: ["discord"], ...body }) });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    const unknownType = await subscribe({ url: `${receiver.url}/x`, events: ["official.acknowledged", "incident.exploded"] });
    expect(unknownType).toMatchObject({ status: 400, body: { error: { code: "invalid_body", fields: { "events.1": expect.stringContaining("official.acknowledged") } } } });
    const unreachable = await subscribe({ url: `${receiver.url}/x`, events: ["group.opened"] });
    expect(unreachable).toMatchObject({ status: 400, body: { error: { code: "invalid_body", fields: { events: expect.stringContaining("groups") } } } });
    const subscribers = { "/chose-ack": ["official.acknowledged"], "/every-event": undefined, "/other-events": ["incident.opened", "incident.escalated", "incident.resolved"] };
    const ids: string[] = [];
    for (const [path, events] of Object.entries(subscribers)) {
      const s = await subscribe({ url: `${receiver.url}${path}`, ...(events ? { events } : {}) });
      expect(s).toMatchObject({ status: 202, body: { status: "pending" } });
      secrets.set(path, s.body.secret);
      ids.push(s.body.id);
    }
    // Alerts reach active subscriptions only: wait for the three handshakes before the vendor speaks.
    const active = async () => (await db.sql.all<{ status: string }>(`SELECT status FROM alert_subscriptions WHERE id IN (?, ?, ?)`, ids)).filter((r) => r.status === "active").length;
    await expect.poll(active, { timeout: 30_000 }).toBe(3);
    expect(verify(receiver.on("/chose-ack")[0], secrets.get("/chose-ack")!).data).toMatchObject({ subscription: { events: ["official.acknowledged"] } });

    // The vendor's first word 42 minutes into the surge: GitHub's real incident, replayed at that moment.
    vendorAckAt = surgeAt + 42 * MIN;
    // The incident's creation is its first public word (created_at, a few ms before its first update).
    const firstUpdate = Date.parse("2022-11-25T14:39:09.548Z");
    status.set("/discord/api/v2/summary.json", { body: shiftTimes(GITHUB_SUMMARY, vendorAckAt - firstUpdate) });
    const acknowledged = async () => ((await json("/api/v1/incidents?service=discord")).incidents as { officialAcknowledgedAt: string | null }[])[0]?.officialAcknowledgedAt;
    await expect.poll(acknowledged, { timeout: WITHIN_TWO_POLLS + 30_000 }).toBe(new Date(vendorAckAt).toISOString());
    const [incident] = (await json("/api/v1/incidents?service=discord")).incidents;
    const lag = Math.round((vendorAckAt - Date.parse(incident.startedAt)) / MIN);
    expect(lag).toBeGreaterThan(30);
    expect(incident.acknowledgementLagMinutes).toBe(lag);
    expect((await json(`/api/v1/incidents/${incident.id}`)).incident.acknowledgementLagMinutes).toBe(lag);

    const ackText = `Discord acknowledged it on its status page at ${new Date(vendorAckAt).toISOString().slice(0, 16).replace("T", " ")} UTC, ${lag} min after users' reports began.`;
    const html = await page(`/status/discord/incidents/${incident.id}`);
    expect(html).toContain(ackText);
    expect(html).toContain(`on its status page, ${lag} min after users' reports began`);

    const feed = parseRssFeed(await (await get("/status/discord/feed.xml")).text());
    expect(feed.items!.find((i) => i.link?.endsWith(`/incidents/${incident.id}`))!.description).toContain(ackText);

    const ranking = await json("/api/v1/official-lag");
    expect(ranking.windowDays).toBe(90);
    expect(ranking.vendors).toEqual([
      { service: { slug: "discord", name: "Discord" }, incidents: 1, acknowledged: 1, unacknowledged: 0, medianLagMinutes: lag, fastestLagMinutes: lag, slowestLagMinutes: lag, source: { format: "statuspage", url: `${status.url}/discord/api/v2/summary.json` } },
    ]);
    // The ranking page in both languages: the same row, its words and durations in the page's language.
    const hoursAndMinutes = (m: number, h: string, min: string) => (m >= 60 ? `${Math.floor(m / 60)}${h}${m % 60}${min}` : `${m}${min}`);
    const row = (name: string, href: string, d: string) => `<th scope="row"><a href="${href}">${name}</a></th><td class="num">${d}</td><td class="num">${d}</td><td class="num">${d}</td><td class="num">1</td><td class="num">0</td>`;
    const en = await page("/official-lag");
    expect(en).toContain("<h1>How quickly vendors acknowledge outages</h1>");
    expect(en).toContain(row("Discord", "/status/discord/incidents", hoursAndMinutes(lag, " h ", " min")));
    const zh = await page("/zh-CN/official-lag");
    expect(zh).toContain('<html lang="zh-CN"');
    expect(zh).toContain("<title>厂商确认故障的速度");
    expect(zh).toContain("<h1>厂商确认故障的速度</h1>");
    expect(zh).toContain("对于 Downwire 在过去 90 天内根据用户报告发现的每一次故障");
    expect(zh).toContain('<a href="/zh-CN/methodology">Downwire 如何发现故障</a>');
    expect(zh).toContain('<th scope="col" class="num">延迟中位数</th>');
    expect(zh).toContain(row("Discord", "/zh-CN/status/discord/incidents", hoursAndMinutes(lag, "小时", "分钟")));
    for (const english of ["How quickly", "Median lag", "Never acknowledged", " min<"]) expect(zh).not.toContain(english);
    expect(zh).toContain(`<link rel="canonical" href="${server.url}/zh-CN/official-lag"/>`);
    for (const [lang, href] of [["en", "/official-lag"], ["zh-CN", "/zh-CN/official-lag"], ["x-default", "/official-lag"]]) {
      expect(zh).toContain(`<link rel="alternate" hrefLang="${lang}" href="${server.url}${href}"/>`);
    }

    // The alert: one delivery, signed with the subscriber's secret, carrying the incident, the vendor's words and the lag.
    const acknowledgedOn = (path: string) => receiver.on(path).filter((r) => JSON.parse(r.body.toString("utf8")).type === "official.acknowledged");
    await expect.poll(() => acknowledgedOn("/chose-ack").length, { timeout: 30_000 }).toBe(1);
    const [delivery] = acknowledgedOn("/chose-ack");
    expect(verify(delivery, secrets.get("/chose-ack")!).type).toBe("official.acknowledged");
    expect(() => verify(delivery, secrets.get("/every-event")!)).toThrow();
    const payload = JSON.parse(delivery.body.toString("utf8"));
    expect(payload.id).toBe(delivery.headers["webhook-id"]);
    expect(payload.timestamp).toBe(new Date(vendorAckAt).toISOString());
    const incidentUrl = `${server.url}/status/discord/incidents/${incident.id}`;
    expect(payload.data).toMatchObject({
      service: { slug: "discord", name: "Discord" },
      incident: { id: incident.id, url: incidentUrl },
      since: incident.startedAt,
      sentence: `${ackText} Its notice: “Incident with Packages and Pages” (investigating).`,
      official: {
        acknowledgedAt: new Date(vendorAckAt).toISOString(),
        lagMinutes: lag,
        kind: "incident",
        title: "Incident with Packages and Pages",
        vendorIncidentId: "ljwdk6qml8z8",
        status: "investigating",
        impact: "major",
        indicator: "minor",
      },
      links: { page: incidentUrl, incident: incidentUrl, group: null },
    });
    // Whoever chose every event gets it too; whoever chose other events does not.
    await expect.poll(() => acknowledgedOn("/every-event").length, { timeout: 30_000 }).toBe(1);
    expect(acknowledgedOn("/every-event")[0].headers["webhook-id"]).toBe(payload.id);

    // The vendor's page keeps saying so for three more polls: nothing is sent again.
    const summary = () => status.requests.filter((r) => r.path === "/discord/api/v2/summary.json").length;
    const polled = summary();
    await expect.poll(summary, { timeout: 4 * POLL_SECONDS * 1000 + 10_000 }).toBeGreaterThanOrEqual(polled + 3);
    await new Promise((r) => setTimeout(r, 1_500)); // a few of the delivery worker's rounds (every 500 ms)
    expect(acknowledgedOn("/chose-ack")).toHaveLength(1);
    expect(acknowledgedOn("/every-event")).toHaveLength(1);
    expect(acknowledgedOn("/other-events")).toEqual([]);
    expect(receiver.on("/chose-ack")).toHaveLength(2);
  });

  it("reads `none` once the vendor's page is all operational again", async () => {
    status.set("/github/api/v2/summary.json", { body: OPERATIONAL_SUMMARY });
    await expect.poll(async () => (await json("/api/v1/services/github")).official?.indicator, { timeout: WITHIN_TWO_POLLS }).toBe("none");
    expect((await json("/api/v1/services/github")).official).toMatchObject({ indicator: "none", components: [], incidents: [], stale: false });
    await expect.poll(() => page("/status/github"), { timeout: PAGE_CACHE_DEADLINE }).toContain("GitHub's status page says all systems are operational");
  });

  it("keeps the last reading, marked stale, when the page serves garbage or goes away; nothing answers 5xx", async () => {
    status.set("/github/api/v2/summary.json", { garbage: true });
    await expect.poll(async () => (await json("/api/v1/services/github")).official?.stale, { timeout: WITHIN_TWO_POLLS }).toBe(true);
    expect((await json("/api/v1/services/github")).official).toMatchObject({ indicator: "none", components: [], stale: true });
    await expect.poll(() => page("/status/github"), { timeout: PAGE_CACHE_DEADLINE }).toContain("the page could not be read since");

    status.set("/github/api/v2/summary.json", { hangUp: true });
    const before = status.requests.filter((r) => r.path === "/github/api/v2/summary.json" && r.status === 0).length;
    await expect.poll(() => status.requests.filter((r) => r.path === "/github/api/v2/summary.json" && r.status === 0).length, { timeout: 30_000 }).toBeGreaterThan(before);
    for (const p of ["/api/v1/services/github", "/status/github", "/api/v1/incidents", "/api/v1/official-lag", "/embed/github", "/status/github/feed.xml"]) {
      expect((await get(p)).status, p).toBe(200);
    }
    expect((await json("/api/v1/services/github")).official).toMatchObject({ indicator: "none", stale: true });
  });

  it("stores the history: vendor incidents with their times and every state change", async () => {
    const incidents = await db.sql.all<{ vendorId: string; resolvedAt: number | null; acknowledgedAt: number }>(
      "SELECT o.vendor_id AS \"vendorId\", o.resolved_at AS \"resolvedAt\", o.acknowledged_at AS \"acknowledgedAt\" FROM official_incidents o JOIN services s ON s.id = o.service_id WHERE s.slug = 'github' ORDER BY o.vendor_id",
    );
    // The open incident, closed when it left the page, and the two resolved ones the history endpoint gave.
    expect(incidents.map((i) => i.vendorId)).toEqual(["69sb0f8lydp4", "ljwdk6qml8z8", "r3x7x31k7nn1"]);
    expect(incidents.every((i) => i.resolvedAt !== null)).toBe(true);
    expect(incidents.find((i) => i.vendorId === "ljwdk6qml8z8")!.acknowledgedAt).toBe(Date.parse("2022-11-25T14:39:09.548Z"));
    const changes = await db.sql.all<{ subject: string; name: string; fromStatus: string | null; toStatus: string }>(
      "SELECT c.subject, c.name, c.from_status AS \"fromStatus\", c.to_status AS \"toStatus\" FROM official_changes c JOIN services s ON s.id = c.service_id WHERE s.slug = 'github' ORDER BY c.id",
    );
    expect(changes).toEqual([
      { subject: "component", name: "Packages", fromStatus: null, toStatus: "partial_outage" },
      { subject: "page", name: "", fromStatus: null, toStatus: "minor" },
      { subject: "component", name: "Packages", fromStatus: "partial_outage", toStatus: "operational" },
      { subject: "page", name: "", fromStatus: "minor", toStatus: "none" },
    ]);
  });
});
