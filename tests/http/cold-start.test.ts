import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockClosingAMinuteIn, startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

let server: TestServer;
// A fresh install: empty database, the production server, the tick on its real (aligned) schedule. Its clock runs
// ahead by under a minute so that a minute closes soon after the reports are sent (BOUNDARY_AFTER_START_MS), rather
// than anywhere up to a minute later; the test then checks the first tick after that minute judged it.
const BOUNDARY_AFTER_START_MS = 20_000;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: "1" }, undefined, false, { clock: clockClosingAMinuteIn(BOUNDARY_AFTER_START_MS) });
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
    // The minute holding the last report closes here (on the server's clock, shown on the test's): the tick a second
    // later judges it. However the minute falls, that is within a minute and a second of the reports.
    const closes = (Math.floor((Date.now() + server.clockOffsetMs) / 60_000) + 1) * 60_000 - server.clockOffsetMs;
    // All 200 counted (a minute boundary among the reports would let a first tick judge only some of them).
    const judged = async () => {
      const { status } = await (await fetch(`${server.url}/api/v1/services/china-telecom`)).json();
      return `${status?.status} ${status?.observed}`;
    };
    await expect.poll(judged, { timeout: 2 * 60_000 - (Date.now() - started), interval: 1_000 }).toBe("outage 200");
    expect(Date.now() - started).toBeLessThanOrEqual(2 * 60_000);
    // Called by the first tick after that minute closed (not a later one), allowing a busy machine its slowness.
    expect(Date.now() - closes).toBeLessThanOrEqual(30_000);
    const detail = await (await fetch(`${server.url}/api/v1/services/china-telecom`)).json();
    expect(detail.status).toMatchObject({ status: "outage", observed: 200, basis: "prior" });
    expect(detail.status.expected).toBeLessThan(1);
    expect(detail.summary).toMatch(/^User reports indicate problems at China Telecom since \d\d:\d\d UTC \(200 reports in 15 min, ~0 expected\)\. Downwire has under a day of China Telecom's own history/);
  }, 150_000);
});
