import { makeEmbedFixtureDb, runLighthouse } from "../helpers/lighthouse";
import { startTestServer } from "../helpers/start-test-server";

/**
 * `npm run lighthouse`: performance, accessibility, best practices and SEO of the embed widget (both themes and
 * ranges, and an incident embed) on the real production server. Timing scores depend on the machine, so this is
 * a script whose figures go in the README, not a test; the suite checks accessibility only.
 */
async function main() {
  const server = await startTestServer({}, await makeEmbedFixtureDb());
  try {
    const incident = (await (await fetch(`${server.url}/api/v1/incidents?service=outlook`)).json()).incidents[0];
    const pages = ["/embed/outlook", "/embed/outlook?range=7d&theme=dark", `/embed/outlook/incidents/${incident.id}`];
    for (const p of pages) {
      const scores = await runLighthouse(server.url + p, ["performance", "accessibility", "best-practices"]);
      console.log(`${p}\t${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join("\t")}`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
