import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

let server: TestServer;
// A fresh install: empty database, the production server, the tick on its real (aligned) schedule.
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1" });
});
afterAll(() => server?.stop());

describe("a fresh install (npm start, no history)", () => {
  it("shows 200 distinct reporters on a quiet service as an outage within 2 minutes, in the service API", async () => {
    const started = Date.now();
    // Each reporter on its own network, as a real crowd is (behind one trusted proxy hop).
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        fetch(`${server.url}/api/v1/reports`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA, "X-Forwarded-For": `${30 + (i >> 8)}.${i & 255}.9.1` },
          body: JSON.stringify({ service: "china-telecom", problem: "internet" }),
        }).then((r) => r.status),
      ),
    );
    expect(answers.filter((s) => s === 201)).toHaveLength(200);
    await expect
      .poll(async () => (await (await fetch(`${server.url}/api/v1/services/china-telecom`)).json()).status?.status, { timeout: 2 * 60_000 - (Date.now() - started), interval: 1_000 })
      .toBe("outage");
    expect(Date.now() - started).toBeLessThanOrEqual(2 * 60_000);
    const detail = await (await fetch(`${server.url}/api/v1/services/china-telecom`)).json();
    expect(detail.status).toMatchObject({ status: "outage", observed: 200, basis: "prior" });
    expect(detail.status.expected).toBeLessThan(1);
    expect(detail.summary).toMatch(/^User reports indicate problems at China Telecom since \d\d:\d\d UTC \(200 reports in 15 min, ~0 expected\)\. Downwire has under a day of China Telecom's own history/);
  }, 150_000);
});
