import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA, onPostgres } from "../helpers/test-db";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const get = (path: string) => fetch(server.url + path);
const nonceOf = (csp: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "")?.[1];

const PAGES = ["/", "/status/outlook", "/services", "/methodology", "/status/outlook/incidents", "/incidents/groups", "/no-such-page"];
const SCRIPTLESS = new Set(["/"]);
const EMBEDS = ["/embed/outlook", "/embed/outlook?range=7d&theme=dark"];
const OTHER = ["/api/v1/services", "/api/v1/services/outlook/series", "/api/v1/incident-groups", "/badge/outlook.svg", "/feeds/incidents.xml", "/feeds/incident-groups.atom", "/status/outlook/map.svg", "/api/health", "/embed.js"];

describe("security headers on every route", () => {
  it.each([...PAGES, ...EMBEDS])("%s: a strict script policy with a fresh nonce that every script carries", async (path) => {
    const [a, b] = await Promise.all([get(path), get(path)]);
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[^']+' 'strict-dynamic'; /);
    expect(csp).toContain("object-src 'none'; base-uri 'none'; form-action 'self'");
    // The alerts service worker may register from this origin only (strict-dynamic would otherwise refuse it).
    expect(csp).toContain("; worker-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const nonce = nonceOf(csp)!;
    expect(nonceOf(b.headers.get("content-security-policy"))).not.toBe(nonce);
    const html = await a.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    // The front page is served without any script (lib/server/handle-home.ts); every other page has Next's or its own.
    if (SCRIPTLESS.has(path)) expect(scripts).toEqual([]);
    else expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    await b.arrayBuffer();
  });

  it.each([...PAGES, ...OTHER])("%s: cannot be framed by another site", async (path) => {
    const res = await get(path);
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'self'$/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    await res.arrayBuffer();
  });

  // Where a page holds one reader's things (the operator's session, a subscriber's token), no other window may keep
  // a handle on it; the public pages hold nothing of anyone's and skip the renderer swap the header costs a phone.
  it.each(["/alerts/confirm?token=x", "/zh-CN/alerts/unsubscribe?token=x", "/admin/login"])("%s: cut off from its opener", async (path) => {
    const res = await get(path);
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    await res.arrayBuffer();
  });
  it.each(["/", "/zh-CN", "/status/outlook", "/zh-CN/status/wechat", "/methodology", "/embed/outlook"])("%s: public, same for everyone: no opener policy", async (path) => {
    const res = await get(path);
    expect(res.headers.get("cross-origin-opener-policy")).toBeNull();
    await res.arrayBuffer();
  });

  it.each(EMBEDS)("%s: may be framed by any site (that is what it is for)", async (path) => {
    const res = await get(path);
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors \*$/);
    expect(res.headers.get("x-frame-options")).toBeNull();
    await res.arrayBuffer();
  });

  it.each([...PAGES, ...EMBEDS, ...OTHER])("%s: no sniffing, a careful referrer, no powerful features", async (path) => {
    const res = await get(path);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(res.headers.get("strict-transport-security")).toBeNull(); // plain http here; sent when PUBLIC_URL is https
    await res.arrayBuffer();
  });

  it("intake answers (JSON and the no-JavaScript redirect) may run and frame nothing", async () => {
    const json = await fetch(`${server.url}/api/v1/reports`, { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA }, body: "{}" });
    const form = await fetch(`${server.url}/status/outlook/report`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": BROWSER_UA }, body: "problem=login" });
    for (const res of [json, form]) {
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
    expect(form.status).toBe(303);
  });

  // On PostgreSQL the same answer is checked with the database cut away (tests/http/multi-node.test.ts).
  it.runIf(!onPostgres)("the 503 sent when the database cannot commit a report carries them too, and nothing is stored", async () => {
    // Another process holds the write lock past the server's busy timeout (5 s): the batch cannot commit.
    const lock = new Database(server.database.location);
    const before = (lock.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n;
    lock.prepare("BEGIN IMMEDIATE").run();
    const send = () => fetch(`${server.url}/api/v1/reports`, { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": `${BROWSER_UA} locked` }, body: JSON.stringify({ service: "outlook", problem: "login" }) });
    let res: Response;
    try {
      res = await send();
    } finally {
      lock.prepare("ROLLBACK").run();
    }
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect((await res.json()).error.code).toBe("unavailable");
    expect((lock.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n).toBe(before);
    // Once the lock is gone the same report is counted: nothing of the failed batch was remembered.
    expect((await send()).status).toBe(201);
    lock.close();
  }, 30_000);
});
