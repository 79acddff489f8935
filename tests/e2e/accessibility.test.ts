import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEmbedFixtureDb, runLighthouseReport } from "../helpers/lighthouse";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, await makeEmbedFixtureDb());
});
afterAll(() => server?.stop());

// Lighthouse's accessibility audits (axe-core) are deterministic, unlike its timing scores: those are measured by
// `npm run lighthouse` and recorded in the README.
describe("accessibility (Lighthouse, real Chromium)", () => {
  it.each(["/", "/status/outlook", "/embed/outlook", "/embed/outlook?range=7d&theme=dark"])("%s scores at least 95", async (p) => {
    const { scores, failing } = await runLighthouseReport(server.url + p, ["accessibility"]);
    const why = failing.map((f) => `${f.id}: ${f.nodes.join(" | ")}`).join("\n");
    expect(scores.accessibility, why).toBeGreaterThanOrEqual(95);
  }, 180_000);
});
