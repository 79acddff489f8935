import zlib from "node:zlib";
import fs from "node:fs";
import path from "node:path";
import { extract, setProviderList } from "@extractus/oembed-extractor";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseRssFeed } from "feedsmith";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { ARTIFACTS_DIR } from "../helpers/browser";
import { makeIncidentHistory } from "../helpers/make-incident";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase } from "../helpers/test-database";
import { count, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;

let server: TestServer;
/** The server's database, opened beside it to compute expected values the read code does not make. */
let db: TestStores;
let incidentId: number;
let surgeAt: number;
/** The server's clock as it starts (a Thursday, 15:00:20 UTC), so nothing here depends on the hour the tests run. */
const CLOCK = Date.UTC(2026, 10, 19, 15, 0, 20);

// A database that already holds one closed Steam outage, as a real server would after a day of traffic.
beforeAll(async () => {
  const database = await createTestDatabase();
  db = await database.open();
  const now = CLOCK;
  await upsertCatalog({ catalog: db.catalog, now });
  const until = Math.floor(now / MIN) * MIN - MIN;
  surgeAt = until - 8 * HOUR;
  await makeIncidentHistory(db, { slug: "steam", surgeAt, until });
  [{ id: incidentId }] = await db.sql.all<{ id: number }>("SELECT id FROM incidents WHERE ended_at IS NOT NULL");
  server = await startTestServer({}, database, false, { clock: CLOCK });
});
afterAll(async () => {
  await db?.close();
  await server?.stop();
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(server.url + p, { headers, redirect: "manual" });

/** Steam's reports in [from, to), summed straight from the per-minute rows: an expected value the read code does not make. */
const countInDb = (from: number, to: number) =>
  count(db, "SELECT COALESCE(SUM(m.count), 0) AS n FROM report_minutes m JOIN services s ON s.id = m.service_id WHERE s.slug = 'steam' AND m.minute >= ? AND m.minute < ?", [from, to]);
const iso = (ms: number) => new Date(ms).toISOString();
const text = (t: string | { value?: string } | undefined) => (typeof t === "string" ? t : t?.value);

describe("feeds", () => {
  it.each([
    ["/feeds/incidents.xml", "rss"],
    ["/feeds/incidents.atom", "atom"],
    ["/status/steam/feed.xml", "rss"],
    ["/status/steam/feed.atom", "atom"],
  ] as const)("%s is a valid %s feed with the incident under its permanent URL, cacheable", async (p, kind) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(kind === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const url = `${server.url}/status/steam/incidents/${incidentId}`;
    if (kind === "rss") {
      const feed = parseRssFeed(xml);
      const item = feed.items!.find((i) => i.link === url)!;
      expect(item.guid).toEqual({ value: url, isPermaLink: true });
      expect(item.title).toMatch(/^Steam outage, \d{4}-\d\d-\d\d \d\d:\d\d UTC \(\d+ h \d+ min\)$/);
      expect(item.description).toMatch(/Report counts are not the number of people affected\.$/);
    } else {
      const feed = parseAtomFeed(xml);
      expect(feed.id).toBe(server.url + (p.startsWith("/feeds") ? "/feeds/incidents.atom" : "/status/steam/feed.atom"));
      const entry = feed.entries!.find((e) => e.id === url)!;
      expect(text(entry.title)).toMatch(/^Steam outage/);
      expect(entry.updated).toMatch(/Z$/);
    }
    // Stable: the same bytes (so the same GUIDs and ETag) on the next fetch, and a 304 for a reader that has them.
    const again = await get(p, { "If-None-Match": res.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("an unknown service has no feed", async () => {
    const res = await get("/status/nope/feed.xml");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("unknown_service");
  });
});

// The consumer assumes providers speak https; the test server speaks plain http on loopback.
const overHttp = (url: string) => fetch(url.replace(/^https:/, "http:"));

describe("oEmbed", () => {
  it("a consumer with Downwire in its provider list resolves a service page to the widget", async () => {
    setProviderList([{ provider_name: "Downwire", provider_url: server.url, endpoints: [{ schemes: [`${server.url}/status/*`], url: `${server.url}/api/oembed` }] }]);
    const data = await extract(`${server.url}/status/outlook`, {}, overHttp);
    expect(data).toMatchObject({ version: "1.0", type: "rich", provider_name: "Downwire", width: 400, height: 260, thumbnail_width: 1200, thumbnail_height: 630, method: "provider-api" });
    expect(data.html).toMatch(new RegExp(`^<iframe src="${server.url}/embed/outlook" width="400" height="260"`));
    expect((await fetch(String(data.thumbnail_url))).headers.get("content-type")).toBe("image/png");
    const narrow = await extract(`${server.url}/status/outlook?theme=dark`, { maxwidth: 320 }, overHttp);
    expect(narrow.width).toBe(320);
    expect(narrow.html).toContain(`src="${server.url}/embed/outlook?theme=dark"`);
  });

  it("a consumer that knows nothing of Downwire finds the endpoint by discovery on an incident page", async () => {
    setProviderList([]);
    const data = await extract(`${server.url}/status/steam/incidents/${incidentId}`);
    expect(data.method).toBe("auto-discovery");
    expect(data.title).toMatch(/^Steam outage, /);
    expect(data.html).toContain(`src="${server.url}/embed/steam/incidents/${incidentId}"`);
  });

  it.each([
    [`/api/oembed?url=${encodeURIComponent("https://elsewhere.test/status/outlook")}`, 404, "not_found"],
    [`/api/oembed?url=URL/status/nope`, 404, "not_found"],
    [`/api/oembed?url=URL/methodology`, 404, "not_found"],
    [`/api/oembed?url=URL/status/outlook&format=xml`, 501, "not_implemented"],
    [`/api/oembed`, 400, "invalid_query"],
    [`/api/oembed?url=javascript:alert(1)`, 400, "invalid_query"],
    [`/api/oembed?url=URL/status/outlook&maxwidth=-5`, 400, "invalid_query"],
  ])("%s -> %i %s", async (p, status, code) => {
    const res = await get(p.replace("URL", encodeURIComponent(server.url)).replace(/URL/g, server.url));
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });
});

describe("badge", () => {
  it("is cacheable, CORS-open SVG that parses as XML and names the status", async () => {
    const res = await get("/badge/outlook.svg");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(new XMLParser({ ignoreAttributes: false }).parse(svg).svg["@_aria-label"]).toBe("Outlook: no problems");
    expect((await get("/badge/outlook.svg", { "If-None-Match": res.headers.get("etag")! })).status).toBe(304);
  });

  it("escapes a custom label", async () => {
    const svg = await (await get(`/badge/outlook.svg?label=${encodeURIComponent(`<script>&"`)}&style=for-the-badge`)).text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<script");
  });

  it.each([["/badge/nope.svg", 404], ["/badge/outlook.png", 404], ["/badge/outlook.svg?style=3d", 400]])("%s -> %i", async (p, status) => {
    expect((await get(p)).status).toBe(status);
  });
});

describe("CSV downloads and the incident API", () => {
  it("serves a service's series as CSV, one row per bucket", async () => {
    const res = await get("/api/v1/services/steam/series.csv?range=24h&bucket=15m");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="downwire-steam-24h-15m.csv"`);
    const rows = (await res.text()).trimEnd().split("\r\n");
    expect(rows[0]).toBe("bucket_start_utc,reports,expected,usual_low,usual_high");
    expect(rows).toHaveLength(97);
    // 96 quarter-hours aligned to the quarter, the last the one still filling at the server's clock (15:00:20 UTC).
    const last = Math.floor(CLOCK / (15 * MIN)) * 15 * MIN;
    const starts = rows.slice(1).map((r) => r.split(",")[0]);
    expect(starts[0]).toBe(iso(last - 95 * 15 * MIN));
    expect(starts.at(-1)).toBe(iso(last));
    // Every bucket's count as the per-minute rows in the database add up.
    const counts = rows.slice(1).map((r) => Number(r.split(",")[1]));
    expect(counts).toEqual(await Promise.all(starts.map((t) => countInDb(Date.parse(t), Date.parse(t) + 15 * MIN))));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect((await get("/api/v1/services/steam/series.csv?range=14d&bucket=1m")).status).toBe(400);
  });

  it("serves incidents as CSV with their permanent URLs, and one incident as JSON with its frozen chart", async () => {
    const csv = (await (await get("/api/v1/incidents.csv?service=steam")).text()).trimEnd().split("\r\n");
    expect(csv).toHaveLength(2);
    expect(csv[1].endsWith(`,${server.url}/status/steam/incidents/${incidentId}`)).toBe(true);
    // The row says what the database holds about the incident.
    const row = (await db.sql.get<Record<string, number>>("SELECT started_at, detected_at, peak_at, peak_count, ended_at FROM incidents WHERE id = ?", [incidentId]))!;
    const minutes = Math.round((row.ended_at - row.started_at) / MIN);
    expect(csv[1]).toMatch(new RegExp(`^${incidentId},steam,Steam,${iso(row.started_at)},${iso(row.detected_at)},${iso(row.peak_at)},${row.peak_count},[\\d.]+,${iso(row.ended_at)},${minutes},false,`));
    // The surge in the fixture began 8 hours before the clock and lasted 90 minutes.
    expect(Math.abs(row.started_at - surgeAt)).toBeLessThanOrEqual(5 * MIN);
    expect(row.ended_at).toBeGreaterThan(surgeAt + 90 * MIN);
    const res = await get(`/api/v1/incidents/${incidentId}`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=3600");
    const body = await res.json();
    expect(body.incident).toMatchObject({ id: incidentId, open: false, service: { slug: "steam" } });
    expect(body.chart).toMatchObject({ frozen: true, bucket: "5m" });
    expect(body.url).toBe(`${server.url}/status/steam/incidents/${incidentId}`);
    const series = (await (await get(`/api/v1/incidents/${incidentId}/series.csv`)).text()).trimEnd().split("\r\n");
    expect(series).toHaveLength(body.chart.buckets.length + 1);
    // Each 5-minute bucket as the database adds it up, and the chart spans the whole surge with calm on both sides.
    const buckets = series.slice(1).map((r) => ({ t: Date.parse(r.split(",")[0]), count: Number(r.split(",")[1]) }));
    expect(buckets.map((b) => b.count)).toEqual(await Promise.all(buckets.map((b) => countInDb(b.t, b.t + 5 * MIN))));
    expect(buckets[0].t).toBeLessThan(surgeAt - 10 * MIN);
    expect(buckets.at(-1)!.t).toBeGreaterThan(surgeAt + 90 * MIN + 10 * MIN);
    expect(Math.max(...buckets.map((b) => b.count))).toBeGreaterThan(5 * 60);
    expect((await get("/api/v1/incidents/0")).status).toBe(400);
    expect((await get("/api/v1/incidents/999999")).status).toBe(404);
  });
});

describe("incident pages, maps and share images", () => {
  it("serves a permanent incident page with its numbers, canonical URL and share image; a wrong slug redirects", async () => {
    const res = await get(`/status/steam/incidents/${incidentId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<link rel="canonical" href="${server.url}/status/steam/incidents/${incidentId}"/>`);
    expect(html).toMatch(/Users reported problems with Steam from/);
    expect(html).toContain(`/status/steam/incidents/${incidentId}/map.svg`);
    expect(html).toMatch(/<meta property="og:image:width" content="1200"\/>/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"\/>/);
    const moved = await get(`/status/outlook/incidents/${incidentId}`);
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe(`/status/steam/incidents/${incidentId}`);
    expect((await get("/status/steam/incidents/999999")).status).toBe(404);
    expect((await get("/status/steam/incidents/abc")).status).toBe(404);
    const list = await (await get("/status/steam/incidents")).text();
    expect(list).toContain(`href="/status/steam/incidents/${incidentId}"`);
  });

  it.each(["/status/steam/map.svg", "/status/steam/incidents/ID/map.svg"])("%s is a valid SVG map with GB shaded darkest", async (p) => {
    const res = await get(p.replace("ID", String(incidentId)));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/<path class="land c4" data-cc="GB"/);
    expect(svg).toMatch(/<path class="land c4" data-cc="US"/);
    expect(svg).toMatch(/<path class="land" data-cc="DE"/);
  });

  it.each(["/status/steam/opengraph-image", "/status/steam/twitter-image", "/status/steam/incidents/ID/opengraph-image", "/status/steam/incidents/ID/twitter-image"])(
    "%s is a 1200x630 PNG",
    async (p) => {
      const res = await get(p.replace("ID", String(incidentId)));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
      const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
      expect([png.width, png.height]).toEqual([1200, 630]);
      if (p.includes("incidents/ID/opengraph")) {
        fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
        fs.writeFileSync(path.join(ARTIFACTS_DIR, "og-incident.png"), PNG.sync.write(png));
      }
    },
  );

  it("the service page advertises its oEmbed endpoint, feeds and share image", async () => {
    const head = (await (await get("/status/outlook")).text()).split("</head>")[0];
    const link = (type: string) => new RegExp(`<link rel="alternate" type="${type.replace("+", "\\+")}" href="([^"]+)"`).exec(head)?.[1];
    expect(link("application/json+oembed")).toBe(`${server.url}/api/oembed?url=${encodeURIComponent(`${server.url}/status/outlook`)}&amp;format=json`);
    expect(link("application/rss+xml")).toBe(`${server.url}/status/outlook/feed.xml`);
    expect(link("application/atom+xml")).toBe(`${server.url}/status/outlook/feed.atom`);
    expect(head).toContain(`<meta property="og:image" content="${server.url}/status/outlook/opengraph-image"/>`);
    expect(head).toContain(`<meta name="twitter:image" content="${server.url}/status/outlook/twitter-image"/>`);
  });
});

describe("embed surface", () => {
  it("allows framing only under /embed, denies it elsewhere, and lets a CDN keep the widget briefly", async () => {
    for (const p of ["/embed/outlook", "/embed/outlook?range=7d&theme=dark", `/embed/steam/incidents/${incidentId}`]) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get("content-security-policy"), p).toMatch(/; frame-ancestors \*$/);
      expect(res.headers.get("x-frame-options"), p).toBeNull();
      expect(res.headers.get("cache-control"), p).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    }
    for (const p of ["/", "/status/outlook", `/status/steam/incidents/${incidentId}`, "/methodology", "/api/v1/services", "/embed.js"]) {
      const res = await get(p);
      expect(res.headers.get("content-security-policy"), p).toMatch(/; frame-ancestors 'self'$/);
      expect(res.headers.get("x-frame-options"), p).toBe("DENY");
    }
  });

  it.each([["/embed/steam", "range=24h&bucket=15m"], ["/embed/steam?range=7d", "range=7d&bucket=1h"]])("%s scales its y-axis to its data and band", async (p, query) => {
    const html = await (await get(p)).text();
    const labels = [...(/<div class="bars-y"[^>]*>(.*?)<\/div>/.exec(html)?.[1] ?? "").matchAll(/<span>([\d,]+)<\/span>/g)].map((m) => Number(m[1].replace(/,/g, "")));
    const { buckets } = (await (await get(`/api/v1/services/steam/series?${query}`)).json()) as { buckets: { count: number; high?: number }[] };
    const peak = Math.max(...buckets.map((b) => Math.max(b.count, b.high ?? 0)));
    expect(peak).toBeGreaterThan(100);
    const [top, mid, zero] = labels;
    expect(labels).toHaveLength(3);
    expect([mid, zero]).toEqual([top / 2, 0]);
    expect(top).toBeGreaterThanOrEqual(peak);
    expect(top).toBeLessThanOrEqual(1.5 * peak);
  });

  it("the widget is a plain document: the chart in its HTML, one small script of its own, no framework", async () => {
    const res = await get("/embed/steam", { "accept-encoding": "gzip" });
    expect(res.status).toBe(200);
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([`<script src="/embed-live.js" nonce="${nonce}" defer=""></script>`.replace("</script>", "")]);
    expect(html).not.toContain("/_next/");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    // The whole widget, chart included, is in the first response: nothing waits for a script to draw.
    expect((html.match(/<rect class="bar"/g) ?? []).length).toBe(96);
    expect(html).toContain('data-src="/embed/steam?range=24h&amp;theme=light"');
    const live = await get("/embed-live.js");
    expect(live.status).toBe(200);
    expect(live.headers.get("cache-control")).toBe("public, max-age=3600, stale-while-revalidate=86400");
    expect(zlib.gzipSync(Buffer.from(await live.arrayBuffer())).length).toBeLessThan(1024);
  });

  it("a refresh asks for the widget alone, drawn in the reader's time zone; an unknown zone falls back to UTC", async () => {
    const updated = (html: string) => /<time dateTime="([^"]+)"[^>]*data-testid="embed-updated">([^<]+)<\/time>/.exec(html)!;
    const tokyo = await (await get("/embed/steam?part=widget&tz=Asia/Tokyo")).text();
    expect(tokyo).toMatch(/^<div class="embed" data-theme="light">/);
    expect(tokyo).not.toContain("<html");
    const [, at, shown] = updated(tokyo);
    // Tokyo is UTC+9 all year: the same instant, nine hours on (computed here, not by the code's formatter).
    expect(shown.startsWith(new Date(Date.parse(at) + 9 * HOUR).toISOString().slice(0, 16).replace("T", " "))).toBe(true);
    expect(shown).not.toContain("UTC");
    for (const tz of ["Mars/Olympus_Mons", "../../etc", "x".repeat(200), ""]) {
      const [, at2, shown2] = updated(await (await get(`/embed/steam?part=widget&tz=${encodeURIComponent(tz)}`)).text());
      expect(shown2, tz).toBe(`${at2.slice(0, 16).replace("T", " ")} UTC`);
    }
    expect((await fetch(`${server.url}/embed/steam`, { method: "POST" })).status).toBe(405);
    const missing = await get("/embed/no-such-service");
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain("<script");
  });

  it("an ended outage's embed is a plain document too: its frozen chart with the outage shaded, refreshed only into the reader's zone", async () => {
    const res = await get(`/embed/steam/incidents/${incidentId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("/_next/");
    expect(html).toContain(`data-src="/embed/steam/incidents/${incidentId}?theme=light"`);
    expect(html).toContain('data-poll-ms="0"');
    expect((html.match(/<rect class="span"/g) ?? []).length).toBe(1);
    expect(html).toContain('data-testid="embed-status">Past outage</span>');
    // The "ended" time is the incident's end, drawn in the zone asked for: eight hours after the surge began it had
    // ended, so in Tokyo (UTC+9) it reads nine hours on from its UTC instant.
    const part = await (await get(`/embed/steam/incidents/${incidentId}?part=widget&tz=Asia/Tokyo`)).text();
    const [, at, shown] = /<time dateTime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(part)!;
    expect(Date.parse(at)).toBeGreaterThan(surgeAt);
    expect(shown.startsWith(new Date(Date.parse(at) + 9 * HOUR).toISOString().slice(0, 16).replace("T", " "))).toBe(true);
    for (const p of [`/embed/outlook/incidents/${incidentId}`, "/embed/steam/incidents/abc", `/embed/steam/incidents/${incidentId + 1000}`]) {
      expect((await get(p)).status, p).toBe(404);
    }
  });

  it("serves the embed script small, cacheable and CORS-open", async () => {
    const res = await get("/embed.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600, stale-while-revalidate=86400");
    const gzipped = zlib.gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
    expect(gzipped).toBeLessThan(5 * 1024);
  });
});
