import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../helpers/browser";
import { BROWSER_UA, T0 } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

// The service page's own script (app/service-page/client) in a real browser: the reader's zone, the chart's range,
// and what the page is without it. The server's clock is fixed (T0, in November: New York on EST).
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({}, undefined, false, { clock: T0 }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const isLivePart = (r: Request) => new URL(r.url()).searchParams.get("part") === "live";

describe("the service page's script", () => {
  it("redraws the times in the reader's zone when the page was drawn in another, and only then", async () => {
    for (const [timezoneId, caption, refreshed] of [["America/New_York", /last 24 hours \(EST\)/, true], ["UTC", /last 24 hours \(UTC\)/, false]] as const) {
      const context = await browser.newContext({ userAgent: BROWSER_UA, timezoneId });
      const page = await context.newPage();
      const asked: string[] = [];
      page.on("request", (r) => isLivePart(r) && asked.push(new URL(r.url()).searchParams.get("tz") ?? ""));
      await page.goto(`${server.url}/status/outlook`);
      // The script has run once the notify button left its "checking" state (it starts the live parts first).
      await expect.poll(() => page.getByTestId("notify").getAttribute("data-state")).not.toBe("checking");
      await expect.poll(() => page.locator("#service").getAttribute("data-zone")).toBe(refreshed ? timezoneId : "UTC");
      expect(await page.getByTestId("report-chart").locator("figcaption").textContent()).toMatch(caption);
      expect(asked, timezoneId).toEqual(refreshed ? [timezoneId] : []);
      // The first tick's label is the first bucket's instant (its machine-readable datetime) on that zone's clock.
      const start = (await page.getByTestId("report-chart").locator("tbody time").first().getAttribute("datetime"))!;
      const first = new Intl.DateTimeFormat("en-GB", { timeZone: timezoneId, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(start));
      expect(await page.locator(".bars-x span").first().textContent()).toBe(first);
      await context.close();
    }
  });

  it("switches the chart's range in place, keeps it in the address, and keeps the open table open", async () => {
    const page = await browser.newPage({ userAgent: BROWSER_UA });
    await page.goto(`${server.url}/status/outlook`);
    await page.getByTestId("report-chart").locator("summary").click();
    await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
    await page.getByRole("link", { name: "7d" }).click();
    await expect.poll(() => page.getByTestId("report-chart").locator("rect.bar").count()).toBe(168);
    expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same ?? false)).toBe(true);
    expect(page.url()).toBe(`${server.url}/status/outlook?range=7d`);
    expect(await page.locator("#chart-h").textContent()).toBe("Reports over the last 7 days");
    expect(await page.getByTestId("report-chart").locator("details").getAttribute("open")).toBe("");
    expect(await page.getByTestId("report-chart").locator("tbody tr").count()).toBe(168);
    await page.getByRole("link", { name: "24h" }).click();
    await expect.poll(() => page.getByTestId("report-chart").locator("rect.bar").count()).toBe(96);
    await page.close();
  });

  it("without it the page still works: the range is a link, the copy buttons (which need it) are not shown", async () => {
    const context = await browser.newContext({ userAgent: BROWSER_UA, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/status/outlook`);
    expect(await page.getByRole("button", { name: "Copy" }).count()).toBe(0);
    await page.getByRole("link", { name: "7d" }).click();
    await page.waitForURL(/range=7d/);
    expect(await page.getByTestId("report-chart").locator("rect.bar").count()).toBe(168);
    await context.close();
    const scripted = await browser.newPage({ userAgent: BROWSER_UA });
    await scripted.goto(`${server.url}/status/outlook`);
    await expect.poll(() => scripted.getByRole("button", { name: "Copy" }).count()).toBe(3);
    await scripted.close();
  });
});
