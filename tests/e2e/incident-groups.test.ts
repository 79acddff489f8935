import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser } from "../helpers/browser";
import { LIVE_GROUP_CLOCK, makeLiveGroupDb } from "../helpers/make-live-group";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase } from "../helpers/test-database";

let server: TestServer;
let browser: Browser;
let spotifyIncident: number;

beforeAll(async () => {
  const database = await createTestDatabase();
  await makeLiveGroupDb(database, LIVE_GROUP_CLOCK);
  const db = await database.open();
  [{ id: spotifyIncident }] = await db.sql.all<{ id: number }>("SELECT MAX(i.id) AS id FROM incidents i JOIN services s ON s.id = i.service_id WHERE s.slug = 'spotify'");
  await db.close();
  [server, browser] = await Promise.all([startTestServer({}, database, false, { clock: LIVE_GROUP_CLOCK }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("correlated outages in a real browser", () => {
  it("the home page's banner names the likely upstream and leads to the group page with every service and time, with no CSP violations", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => violations.push(`${page.url()}: ${e.message}`));
    await page.goto(server.url);
    const banner = page.getByTestId("group-banner");
    await expect.poll(() => banner.getByRole("link").first().textContent()).toMatch(/^10 services spiking since 11:2[0-2] UTC — likely upstream: Cloudflare$/);
    expect(await banner.textContent()).toMatch(/8 of its 11 dependents spiking/);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "home-group-banner.png") });

    await banner.getByRole("link").first().click();
    await page.waitForURL(/\/incidents\/groups\/\d+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/likely upstream: Cloudflare$/);
    expect(await page.getByTestId("group-summary").textContent()).toContain("At the same time, with no known link: Steam.");
    const rows = page.getByTestId("group-members").locator("tbody tr");
    expect(await rows.count()).toBe(10);
    expect(await rows.first().getAttribute("data-role")).toBe("upstream");
    expect(await page.locator('[data-testid="group-members"] tr[data-role="unexplained"] td').first().textContent()).toBe("Steam");
    expect(await page.getByTestId("group-timeline").locator("rect.run").count()).toBe(10);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "incident-group.png"), fullPage: true });

    // From the group to a member's incident page: it shows the same group from its own side.
    await page.locator('[data-testid="group-members"] tr[data-role="dependent"]').first().getByRole("link").click();
    await page.waitForURL(/\/status\/[a-z-]+\/incidents\/\d+$/);
    expect(await page.getByTestId("group-panel").getByRole("heading").textContent()).toBe("Likely caused by Cloudflare");
    // Under the site's strict CSP, nothing on these pages is refused.
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([
    ["discord", /^Likely caused by Cloudflare$/, /^Likely upstream: Cloudflare \(confidence/],
    ["cloudflare", /^Also affected: 8 services that run on Cloudflare$/, /Cloudflare itself in an outage at the same time/],
    // Steam's own page names no cause for Steam; its reason line is the group's cause, about the others.
    ["steam", /^Other outages at the same time$/, /^Likely upstream: Cloudflare \(confidence 0\.\d\d\): 8 of its 11 dependents spiking since 11:2[0-2] UTC;/],
  ])("the %s page says where its outage comes from", async (slug, heading, reason) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/status/${slug}`);
    const panel = page.getByTestId("group-panel");
    expect(await panel.getByRole("heading").textContent()).toMatch(heading);
    expect(await panel.getByTestId("group-reason").textContent()).toMatch(reason);
    if (slug === "steam") expect(await panel.getByTestId("group-bystander").textContent()).toMatch(/^Steam has no known link to Cloudflare: happening at the same time, no shared dependency known\./);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `group-panel-${slug}.png`), fullPage: true });
    await page.close();
  });

  it("an outage in one country reads as likely local on its incident page", async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`${server.url}/status/spotify/incidents/${spotifyIncident}`);
    const note = page.getByTestId("locality");
    expect(await note.getAttribute("data-verdict")).toBe("local");
    expect(await note.textContent()).toMatch(/^Likely local \(one ISP or region\): \d+% of the extra reports came from Brazil, which usually sends \d+% of Spotify's reports\. This looks like a problem in Brazil rather than a worldwide Spotify outage\.$/);
    expect(await page.getByTestId("group-panel").count()).toBe(0);
    await page.close();
  });
});
