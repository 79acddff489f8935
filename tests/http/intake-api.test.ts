import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ BURST_LIMIT: "3" });
});
afterAll(() => server?.stop());

function post(body: unknown, headers: Record<string, string> = {}, path = "/api/v1/reports") {
  return fetch(server.url + path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    redirect: "manual",
  });
}

describe("POST /api/v1/reports on a real server", () => {
  it("201 for a first report, 200 duplicate for the same browser", async () => {
    const a = await post({ service: "outlook", problem: "login" });
    expect(a.status).toBe(201);
    expect(await a.json()).toMatchObject({ counted: true, service: "outlook", reportsLastHour: 1 });
    const b = await post({ service: "outlook", problem: "sending" });
    expect(b.status).toBe(200);
    expect(await b.json()).toMatchObject({ counted: false, reason: "duplicate", reportsLastHour: 1 });
  });

  it.each([
    ["invalid JSON", "{", 400, "invalid_json"],
    ["missing fields", {}, 400, "invalid_body"],
    ["wrong types", { service: 1, problem: null }, 400, "invalid_body"],
    ["unknown service", { service: "no-such-thing", problem: "login" }, 404, "unknown_service"],
    ["problem of another category", { service: "outlook", problem: "matchmaking" }, 400, "invalid_body"],
  ])("%s -> %i %s", async (_name, body, status, code) => {
    const res = await post(body, { "User-Agent": `${BROWSER_UA} ${_name}` });
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe("string");
    if (code === "invalid_body") expect(Object.keys(json.error.fields).length).toBeGreaterThan(0);
  });

  it("413 for a body over 4 KiB, 415 for non-JSON, 405 for GET", async () => {
    const big = await post({ service: "outlook", problem: "login", pad: "x".repeat(5000) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe("payload_too_large");
    const text = await post("service=outlook", { "Content-Type": "text/plain" });
    expect(text.status).toBe(415);
    expect((await text.json()).error.code).toBe("unsupported_media_type");
    const get = await fetch(server.url + "/api/v1/reports");
    expect(get.status).toBe(405);
    expect((await get.json()).error.code).toBe("method_not_allowed");
  });

  it("does not count known bots", async () => {
    const res = await post({ service: "steam", problem: "login" }, { "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ counted: false, reason: "bot" });
  });

  it("429 with Retry-After once one client passes the burst limit across services", async () => {
    const ua = `${BROWSER_UA} burst`;
    const statuses = [];
    for (const service of ["steam", "teams", "gmail", "discord"]) statuses.push((await post({ service, problem: "login" }, { "User-Agent": ua })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const res = await post({ service: "slack", problem: "login" }, { "User-Agent": ua });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe("rate_limited");
  });

  it("ignores X-Forwarded-For and CDN country headers unless TRUST_PROXY is on", async () => {
    const ua = `${BROWSER_UA} xff`;
    expect((await post({ service: "youtube", problem: "streaming" }, { "User-Agent": ua, "X-Forwarded-For": "203.0.113.50", "CF-IPCountry": "BR" })).status).toBe(201);
    const again = await post({ service: "youtube", problem: "streaming" }, { "User-Agent": ua, "X-Forwarded-For": "203.0.113.51" });
    expect(await again.json()).toMatchObject({ reason: "duplicate" });
    // 127.0.0.1 has no country, and the header was not believed.
    const { breakdown } = await (await fetch(`${server.url}/api/v1/services/youtube`)).json();
    expect(breakdown.countries.map((c: { id: string; count: number }) => [c.id, c.count])).toEqual([["", 1]]);
  });

  it("the no-JavaScript form posts through the same rules and redirects back with the outcome", async () => {
    const form = (problem: string) =>
      fetch(server.url + "/status/netflix/report", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": `${BROWSER_UA} form` },
        body: new URLSearchParams({ problem, country: "GB" }),
        redirect: "manual",
      });
    const first = await form("streaming");
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe("/status/netflix?report=counted&n=1#report");
    const second = await form("streaming");
    expect(second.headers.get("location")).toBe("/status/netflix?report=duplicate&n=1#report");
    const bad = await form("");
    expect(bad.headers.get("location")).toBe("/status/netflix?report=invalid#report");
  });
});
