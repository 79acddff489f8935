import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

// Behind one reverse proxy that appends the address it received from to X-Forwarded-For (TRUST_PROXY=1).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1", BURST_LIMIT: "100" });
});
afterAll(() => server?.stop());

const report = (service: string, headers: Record<string, string>, body: Record<string, string> = {}) =>
  fetch(server.url + "/api/v1/reports", {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA, ...headers },
    body: JSON.stringify({ service, problem: "login", ...body }),
  });

describe("TRUST_PROXY=1: one trusted hop", () => {
  it("20 reports whose forwarded header differs only in what the client wrote count once", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      // The client forges a fresh address (and a chain) each time; the proxy appends the one it really saw.
      const forged = i % 2 ? `203.0.${i}.${i + 1}` : `2001:db8:${i}::1, 192.0.2.${i}`;
      const res = await report("teams", { "X-Forwarded-For": `${forged}, 198.51.100.77` });
      outcomes.push(res.status === 201 ? "counted" : (await res.json()).reason);
    }
    expect(outcomes).toEqual(["counted", ...Array(19).fill("duplicate")]);
    // The check can fail: another address appended by the proxy is another reporter.
    expect((await report("teams", { "X-Forwarded-For": "203.0.113.5, 198.51.100.78" })).status).toBe(201);
    const detail = await (await fetch(`${server.url}/api/v1/services/teams`)).json();
    expect(detail.volume.reportsLastHour).toBe(2);
  });

  it("one network rotating the address the proxy sees is capped by the network limit, however it forges the rest", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 15; i++) statuses.push((await report("slack", { "X-Forwarded-For": `10.${i}.0.1, 198.51.101.${i}`, "User-Agent": `${BROWSER_UA} n${i}` })).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
  });

  it("takes the country from a CDN header behind a trusted proxy, and the reporter's own choice over it", async () => {
    expect((await report("discord", { "X-Forwarded-For": "198.51.100.90", "CF-IPCountry": "BR" })).status).toBe(201);
    expect((await report("discord", { "X-Forwarded-For": "198.51.100.91", "CF-IPCountry": "XX", "X-Vercel-IP-Country": "de" })).status).toBe(201);
    expect((await report("discord", { "X-Forwarded-For": "198.51.100.92", "CF-IPCountry": "BR" }, { country: "FR" })).status).toBe(201);
    const { breakdown } = await (await fetch(`${server.url}/api/v1/services/discord`)).json();
    const counts = Object.fromEntries(breakdown.countries.map((c: { id: string; count: number }) => [c.id, c.count]));
    expect(counts).toEqual({ BR: 1, DE: 1, FR: 1 });
  });
});
