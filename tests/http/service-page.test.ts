import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA, T0 } from "../helpers/test-db";

// The service page is served beside Next (lib/server/handle-service-page.ts) with one script of its own: these check
// the document, the live parts its script swaps in, the script's address, and the query's fallbacks. The clock is
// fixed (T0, a Tuesday in November: New York is on EST then and a week before) so zone offsets do not depend on
// the day the test runs.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, undefined, false, { clock: T0 });
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers: { "User-Agent": BROWSER_UA, ...headers }, redirect: "manual" });
const text = async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).text();
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
const bars = (html: string) => (html.match(/<rect class="bar"/g) ?? []).length;

describe("service page document", () => {
  it("is the site's page with one script of its own (nonce'd, content-named), no framework, CSS inline", async () => {
    const res = await get("/status/outlook", { "Accept-Encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const nonce = attr(res.headers.get("content-security-policy") ?? "", /'nonce-([^']+)'/);
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head>/);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(new RegExp(`^<script src="/_downwire/service-page\\.[0-9a-f]{16}\\.js" nonce="${nonce!.replace(/[+/=]/g, "\\$&")}" defer=""`));
    expect(html).not.toContain("/_next/");
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toContain("<h1>Outlook problems and outages</h1>");
    expect(html).toContain("<title>Outlook down? Live problem reports</title>");
    // What the script needs to know: where the live parts are, in which range and zone they were drawn.
    expect(html).toContain('id="service" data-src="/status/outlook" data-range="24h" data-zone="UTC" data-offsets="0,0" data-poll-ms="30000"');
    for (const id of ["live-groups", "live-verdict", "live-main", "live-map", "live-past"]) expect(html, id).toContain(`id="${id}"`);
    expect(bars(html)).toBe(96);
    // Without script the report form still posts, and the chart's range is a link.
    expect(html).toMatch(/<form [^>]*action="\/status\/outlook\/report" method="post">/);
    expect(html).toContain('<a href="?range=7d#chart-h" data-range="7d">7d</a>');
    expect(html).toContain('<a href="?range=24h#chart-h" data-range="24h" aria-current="true">24h</a>');
  });

  it("serves its script at that address for a year, and nothing at any other name", async () => {
    const src = attr(await text("/status/outlook"), /<script src="([^"]+)"/)!;
    const res = await get(src, { "Accept-Encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const js = await res.text();
    // Small, and ours: no framework inside.
    expect(js.length).toBeLessThan(20_000);
    expect(js).toContain("part");
    expect(js).not.toMatch(/react|__next/i);
    // The same bundle on the Chinese page.
    expect(attr(await text("/zh-CN/status/wechat"), /<script src="([^"]+)"/)).toBe(src);
    expect((await get("/_downwire/service-page.0000000000000000.js")).status).toBe(404);
    expect((await fetch(server.url + src, { method: "POST" })).status).toBe(405);
  });

  it("draws the week when asked, and falls back to the day on a range it does not have", async () => {
    const week = await text("/status/outlook?range=7d");
    expect(bars(week)).toBe(168);
    expect(week).toContain('<a href="?range=7d#chart-h" data-range="7d" aria-current="true">7d</a>');
    expect(week).toContain("Reports over the last 7 days");
    // The language switch keeps the range.
    expect(week).toContain(`href="/language?${new URLSearchParams({ lang: "zh-CN", path: "/status/outlook?range=7d" }).toString().replace(/&/g, "&amp;")}"`);
    for (const bad of ["30d", "", "7d%00", "%E2%80%AE"]) expect(bars(await text(`/status/outlook?range=${bad}`)), bad).toBe(96);
  });

  it("draws times in the zone asked for, or the language's own; a zone it does not know is ignored", async () => {
    const ny = await text("/status/outlook?tz=America/New_York");
    expect(ny).toContain('data-zone="America/New_York" data-offsets="300,300"');
    expect(ny).toMatch(/per 15 minutes, last 24 hours \(EST\)/);
    const zh = await text("/zh-CN/status/wechat");
    expect(zh).toContain('data-zone="Asia/Shanghai" data-offsets="-480,-480"');
    expect(zh).toContain("北京时间");
    for (const bad of ["Mars/Olympus", "Etc/Unknown", "x".repeat(65)]) expect(await text(`/status/outlook?tz=${bad}`), bad).toContain('data-zone="UTC" data-offsets="0,0"');
  });

  it("sends an alias or a differently-cased slug to the service's own address, query kept", async () => {
    const res = await get("/status/OUTLOOK?range=7d");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/status/outlook?range=7d");
    const zh = await get(`/zh-CN/status/${encodeURIComponent("微信")}`);
    expect(zh.status).toBe(307);
    expect(zh.headers.get("location")).toBe("/zh-CN/status/wechat");
  });

  it("answers an unknown service with the site's 404, no script, not indexed", async () => {
    const res = await get("/status/not-a-service");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain("We could not find that page or service.");
    expect(html).not.toMatch(/<script\b/);
    expect((await get("/status/not-a-service?part=live")).status).toBe(404);
  });

  it("is read, never posted to; HEAD has no body", async () => {
    const post = await fetch(server.url + "/status/outlook", { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(server.url + "/status/outlook", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});

describe("live parts (?part=live)", () => {
  it("are the five parts alone, each under its id, and a poll with the ETag it was given gets 304", async () => {
    const res = await get("/status/outlook?part=live");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const html = await res.text();
    expect(html).not.toContain("<html");
    // One part per piece between the separators (the script parses them one per task), each an element with an id.
    expect(html.split("<!--part-->").map((p) => /^<div id="([a-z-]+)">[\s\S]*<\/div>$/.exec(p)?.[1])).toEqual(["live-groups", "live-verdict", "live-main", "live-map", "live-past"]);
    expect(html).not.toContain('id="report-message"');
    expect(bars(html)).toBe(96);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("/status/outlook?part=live", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // Another range is other bytes: no 304 for it.
    expect((await get("/status/outlook?part=live&range=7d", { "If-None-Match": etag })).status).toBe(200);
  });

  it("after a report, read afresh: the reporter's report is counted in them, and the outcome is worded for them alone", async () => {
    const before = await text("/status/steam?part=live");
    expect(attr(before, /data-testid="last-hour">(\d+)</)).toBe("0");
    const post = await fetch(`${server.url}/api/v1/reports`, { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA }, body: JSON.stringify({ service: "steam", problem: "login" }) });
    expect(post.status).toBe(201);
    const res = await get("/status/steam?part=live&report=counted&n=3");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
    const after = await res.text();
    expect(attr(after, /data-testid="last-hour">(\d+)</)).toBe("1");
    expect(after).toContain('<div aria-live="polite" data-testid="report-message" id="report-message"><p class="notice">Thanks — your report is counted. 2 others reported a problem with Steam in the last hour.</p></div>');
    // An outcome it does not know is said as the form's own complaint, not a 500.
    expect(await text("/status/steam?part=live&report=%3Cscript%3E")).toContain("Please pick what is not working and try again.");
  });
});
