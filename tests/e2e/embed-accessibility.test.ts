import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEmbedFixtureDb, runLighthouse } from "../helpers/lighthouse";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, await makeEmbedFixtureDb());
});
afterAll(() => server?.stop());

// Lighthouse's accessibility audits (axe-core) are deterministic, unlike its timing scores: those are measured by
// `npm run lighthouse` and recorded in the README.
describe("embed widget accessibility (Lighthouse, real Chromium)", () => {
  it.each(["/embed/outlook", "/embed/outlook?range=7d&theme=dark"])("%s scores at least 95", async (p) => {
    const { accessibility } = await runLighthouse(server.url + p, ["accessibility"]);
    expect(accessibility).toBeGreaterThanOrEqual(95);
  });
});
