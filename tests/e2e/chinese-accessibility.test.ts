import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEmbedFixtureDb, runLighthouseReports } from "../helpers/lighthouse";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, await makeEmbedFixtureDb({ slug: "wechat", surgeProblem: "calls" }));
});
afterAll(() => server?.stop());

// The same Lighthouse harness as the embeds' (tests/helpers/lighthouse.ts): accessibility audits are deterministic.
describe("Chinese service page accessibility (Lighthouse, real Chromium)", () => {
  it("/zh-CN/status/wechat scores at least 95", async () => {
    const [{ scores, failing }] = await runLighthouseReports([`${server.url}/zh-CN/status/wechat`], ["accessibility"]);
    expect(scores.accessibility, failing.map((f) => `${f.id}: ${f.nodes.join(" | ")}`).join("\n")).toBeGreaterThanOrEqual(95);
  });
});
