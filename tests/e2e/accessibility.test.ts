import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEmbedFixtureDb, runLighthouseReports, type LighthouseResult } from "../helpers/lighthouse";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

const PAGES = ["/", "/status/outlook", "/embed/outlook", "/embed/outlook?range=7d&theme=dark"];

let server: TestServer;
let reports: Map<string, LighthouseResult>;
// One Chromium and one Lighthouse process audit the pages in turn; each page is then its own test.
beforeAll(async () => {
  server = await startTestServer({}, await makeEmbedFixtureDb());
  const results = await runLighthouseReports(PAGES.map((p) => server.url + p), ["accessibility"]);
  reports = new Map(PAGES.map((p, i) => [p, results[i]]));
}, 300_000);
afterAll(() => server?.stop());

// Lighthouse's accessibility audits (axe-core) are deterministic, unlike its timing scores: those are measured by
// `npm run lighthouse` and recorded in the README.
describe("accessibility (Lighthouse, real Chromium)", () => {
  it.each(PAGES)("%s scores at least 95", (p) => {
    const { scores, failing } = reports.get(p)!;
    const why = failing.map((f) => `${f.id}: ${f.nodes.join(" | ")}`).join("\n");
    expect(scores.accessibility, why).toBeGreaterThanOrEqual(95);
  });
});
