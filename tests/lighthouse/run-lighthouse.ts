import { makeEmbedFixtureDb, runLighthouse } from "../helpers/lighthouse";
import { startTestServer } from "../helpers/start-test-server";

/**
 * `npm run lighthouse`: performance, accessibility and best practices of the embed widget (both themes and ranges,
 * and an incident embed) and of the Chinese service page, on the real production server. Timing scores depend on
 * the machine, so this is a script whose figures go in the README, not a test; the suite checks accessibility only.
 */
async function run(fixture: { slug: string; surgeProblem: string }, pages: (incidentId: number) => string[]) {
  const server = await startTestServer({}, makeEmbedFixtureDb(fixture));
  try {
    const incident = (await (await fetch(`${server.url}/api/v1/incidents?service=${fixture.slug}`)).json()).incidents[0];
    for (const p of pages(incident.id)) {
      const scores = await runLighthouse(server.url + p, ["performance", "accessibility", "best-practices"]);
      console.log(`${p}\t${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join("\t")}`);
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  await run({ slug: "outlook", surgeProblem: "email" }, (id) => ["/embed/outlook", "/embed/outlook?range=7d&theme=dark", `/embed/outlook/incidents/${id}`]);
  await run({ slug: "wechat", surgeProblem: "calls" }, () => ["/zh-CN/embed/wechat", "/zh-CN/status/wechat", "/status/wechat"]);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
