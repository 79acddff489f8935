import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { CHINA_SERVICES } from "../../lib/catalog/data/china-services";
import { readCountryPage } from "../../lib/countries/read-country-page";
import { planPastOutages } from "../../lib/demo/past-outages";
import { createRandom } from "../../lib/demo/prng";
import { readBaseRate } from "../../lib/demo/service-rhythm";
import { seedHistory } from "../../lib/demo/seed-history";
import { flushDetection, loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { BROWSER_UA } from "../helpers/test-db";

const DAY = 86_400_000;
// The demo's history up to the start of this minute: its outages are placed relative to it (the last Thursday evening in
// China for the local one), so what is checked does not depend on when the test runs.
const NOW = Math.floor(Date.now() / 60_000) * 60_000;
const plan = planPastOutages(NOW);
const unicom = plan.find((o) => o.slugs.includes("china-unicom"))!;

let server: TestServer;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const stores = await database.open();
  await upsertCatalog({ catalog: stores.catalog, now: NOW });
  // A week of history before the local outage, as the demo has (the detector needs that to call Steam's share of it).
  // The Chinese-market services and the other services the demo's outages touch, not the whole catalog: the country
  // page and its groups are about those, and seeding every service's week took most of this file's two minutes.
  const slugs = [...CHINA_SERVICES.map((s) => s.slug), ...plan.flatMap((o) => o.slugs)];
  await seedHistory({ ...stores, from: unicom.start - 7 * DAY, to: NOW, random: createRandom(14), slugs });
  const runtime = await loadDetectionRuntime(stores.detection);
  await runDetectionTick({ ...stores, now: NOW + 5_000, runtime });
  await flushDetection({ detection: stores.detection, runtime, now: NOW });
  await stores.close();
  // The server's clock starts where the seeded history ends, however long seeding took: its first tick then sees
  // the same minute the test's tick closed, not minutes of silence after it.
  server = await startTestServer({}, database, false, { clock: NOW + 10_000 });
}, 240_000);
afterAll(() => server?.stop());

describe("the demo's China edition", () => {
  it("follows China Standard Time: Chinese services are busiest in the Beijing evening and quietest before dawn", () => {
    const wechat = CHINA_SERVICES.find((s) => s.slug === "wechat")!;
    const at = (hourUtc: number) => readBaseRate(wechat, Date.UTC(2026, 10, 18, hourUtc)); // a Wednesday
    expect(at(13)).toBeGreaterThan(5 * at(20)); // 21:00 vs 04:00 in Beijing
    expect(at(4)).toBeGreaterThan(at(7)); // the lunch peak, 12:00 vs 15:00
  });

  it("/country/cn lists Chinese-market services first and shows the demo's local outage, reported mostly from China", async () => {
    const stores = await database.open();
    const page = await readCountryPage({ ...stores, now: NOW, code: "CN" }).finally(() => stores.close());
    // The outage's own incidents (an incident starts where its surge began, which noise can put a few minutes early).
    const local = page.incidents.filter((i) => unicom.slugs.includes(i.service.slug) && Date.parse(i.startedAt) >= unicom.start - 15 * 60_000 && Date.parse(i.startedAt) < unicom.end);
    expect(local.map((i) => i.service.slug).sort()).toEqual([...unicom.slugs].sort());
    expect(page.groups.some((g) => g.kind === "local" && g.cause?.kind === "local" && g.cause.country.code === "CN")).toBe(true);

    const html = await (await fetch(`${server.url}/country/cn`, { headers: { "User-Agent": BROWSER_UA } })).text();
    const slugs = [...html.matchAll(/data-testid="country-service" data-slug="([^"]+)"/g)].map((m) => m[1]);
    const market = CHINA_SERVICES.map((s) => s.slug);
    const firstElsewhere = slugs.findIndex((s) => !market.includes(s) && !["steam", "apple-services"].includes(s));
    // Everything before the first service from elsewhere is a Chinese-market service (Steam and Apple list China among their markets).
    expect(firstElsewhere).toBeGreaterThan(20);
    expect(slugs.slice(0, firstElsewhere).every((s) => market.includes(s) || ["steam", "apple-services"].includes(s))).toBe(true);
    expect(html).toContain('data-testid="country-groups"');
    expect(html).toMatch(/likely local: China/);
    for (const slug of unicom.slugs) expect(html, slug).toMatch(new RegExp(`href="/status/${slug}/incidents/\\d+"`));

    const zh = await (await fetch(`${server.url}/zh-CN/country/cn`, { headers: { "User-Agent": BROWSER_UA } })).text();
    expect(zh).toMatch(/可能是局部故障：中国/);
    expect(zh).toMatch(/href="\/zh-CN\/status\/china-unicom\/incidents\/\d+"/);
  });
});
