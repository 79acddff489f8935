import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

// The front page is served beside Next (lib/server/handle-home.ts): these check what Next used to guarantee
// (headers, language, alternates) and what the plain document promises (no script at all, CSS inline).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ DOWNWIRE_DEMO: "1" });
});
afterAll(() => server?.stop());

const get = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) => fetch(server.url + path, { ...init, headers: { "User-Agent": BROWSER_UA, ...init.headers }, redirect: "manual" });
const cardSlugs = (html: string) => [...html.matchAll(/<a href="(?:\/zh-CN)?\/status\/([^"]+)" class="card service-card"/g)].map((m) => m[1]);

describe("front page", () => {
  it("is a plain document: no script of any kind, its CSS inline, the demo banner, gzip'd", async () => {
    const res = await get("/", { headers: { "Accept-Encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(res.headers.get("vary")).toBe("Accept-Language, Cookie, Accept-Encoding");
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"\/>/);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toContain("/_next/");
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    // globals.css with its imports in place: a rule of base.css, of incident-groups.css and of globals.css itself.
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(css).not.toContain("@import");
    for (const rule of [".group-banner ul > li + li", ".service-grid > li {", "--accent"]) expect(css).toContain(rule);
    expect(html).toContain('data-testid="demo-banner"');
    expect(html).toContain("<title>Downwire — is it down, or is it just me?</title>");
    // The length is that of the gzip'd bytes, which fetch has already inflated.
    const raw = await fetch(server.url + "/", { headers: { "User-Agent": BROWSER_UA, "Accept-Encoding": "gzip" } });
    expect(raw.headers.get("content-encoding")).toBe("gzip");
    expect(Number(raw.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(await raw.text()) / 3);
  });

  it("answers HEAD with headers only and refuses other methods", async () => {
    const head = await get("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await get("/", { method: "POST", body: "q=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("searches and filters by category through its GET form and links", async () => {
    const steam = await (await get("/?q=steam")).text();
    expect(cardSlugs(steam)).toContain("steam");
    expect(cardSlugs(steam)).not.toContain("outlook");
    expect(steam).toContain('<input id="q" type="search"');
    expect(steam).toMatch(/name="q" value="steam"\/>/);
    // The language switch keeps the search.
    expect(steam).toContain(`href="/language?lang=zh-CN&amp;path=%2F%3Fq%3Dsteam"`);

    const gaming = CATALOG.filter((s) => s.category === "gaming").map((s) => s.slug).sort();
    expect(gaming.length).toBeGreaterThan(2);
    const page = await (await get("/?category=gaming")).text();
    expect(cardSlugs(page).sort()).toEqual(gaming);
    expect(page).toContain('<a href="/?category=gaming" aria-current="page">');
    // A category the catalog does not have, or an over-long search, is ignored rather than refused.
    for (const junk of ["/?category=nope", `/?q=${"x".repeat(81)}`]) {
      const res = await get(junk);
      expect(res.status, junk).toBe(200);
      expect(cardSlugs(await res.text()), junk).toHaveLength(Math.min(48, CATALOG.length));
    }
    const none = await (await get("/?q=zzqqxxnothing")).text();
    expect(cardSlugs(none)).toEqual([]);
    expect(none).toContain("zzqqxxnothing");
  });

  it("the Chinese front page is Chinese, with its own canonical and both alternates; `/` sends Chinese readers there", async () => {
    const res = await get("/zh-CN?q=%E5%BE%AE%E4%BF%A1");
    expect(res.status).toBe(200);
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(html).toContain(`<link rel="canonical" href="${server.url}/zh-CN"/>`);
    expect(html).toContain(`<link rel="alternate" hrefLang="en" href="${server.url}"/>`);
    expect(html).toContain(`<link rel="alternate" hrefLang="x-default" href="${server.url}"/>`);
    expect(cardSlugs(html)).toContain("wechat");
    expect(html).toContain('href="/zh-CN/status/wechat"');
    expect(html).toContain('data-testid="home-country"');
    expect((await get("/", { headers: { "Accept-Language": "fr, zh;q=0.5" } })).headers.get("location")).toBe("/zh-CN");
    const german = await get("/", { headers: { "Accept-Language": "de" } });
    expect([german.status, /<html lang="([^"]+)"/.exec(await german.text())?.[1]]).toEqual([200, "en"]);
  });
});
