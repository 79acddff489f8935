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
    // The service page hydrates: switching the chart range is client-side code.
    await page.goto(`${server.url}/status/outlook`, { waitUntil: "networkidle" });
    const week = page.getByRole("button", { name: "7d" });
    await week.click();
    await expect.poll(() => week.getAttribute("aria-pressed")).toBe("true");
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
