import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the strict CSP in a real browser", () => {
  it("blocks nothing the site needs: every page runs its scripts, with no policy violations", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(`${page.url()}: ${m.text()}`));
    page.on("pageerror", (e) => violations.push(`${page.url()}: ${e.message}`));
    for (const path of ["/", "/services", "/methodology", "/status/outlook/incidents", "/embed/outlook", "/embed/outlook?theme=dark"]) {
      await page.goto(server.url + path, { waitUntil: "networkidle" });
    }
    // The service page runs its own script: switching the chart range fetches the week and swaps it in, in place.
    await page.goto(`${server.url}/status/outlook`, { waitUntil: "networkidle" });
    // A mark on the window: it is gone if the click loaded a new document (the address changing in place keeps it).
    await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
    await page.getByRole("link", { name: "7d" }).click();
    await expect.poll(() => page.getByTestId("report-chart").locator("rect.bar").count()).toBe(168);
    expect(await page.getByRole("link", { name: "7d" }).getAttribute("aria-current")).toBe("true");
    expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same ?? false)).toBe(true);
    expect(page.url()).toBe(`${server.url}/status/outlook?range=7d`);
    expect(violations).toEqual([]);
  });

  it("refuses markup injected into a page: an inline script and an event handler without the nonce do not run", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    // As if an attacker had got markup into the page (the headers, nonce included, stay the server's).
    await page.route(`${server.url}/methodology`, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace("<body>", `<body><script>window.__injected = "script"</script><img src="/nope.png" onerror="window.__injected = 'handler'">`);
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(`${server.url}/methodology`, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected ?? null)).toBeNull();
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  });
});
