import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { REPORTED_EVENT } from "../../lib/reports/describe-outcome";
import { ARTIFACTS_DIR, launchBrowser } from "../helpers/browser";
import { BROWSER_UA } from "../helpers/test-db";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

// Headless Chromium announces itself as "HeadlessChrome", which isbot rightly treats as a bot; a person's phone does not.
const PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("reporting from a real browser", () => {
  it("counts a click-through report and updates the chart without a reload; a second report is not counted", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, userAgent: PHONE_UA });
    await page.goto(`${server.url}/status/steam`);
    const chart = page.getByTestId("report-chart");
    await expect.poll(() => chart.getAttribute("data-total")).toBe("0");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "service-before.png"), fullPage: true });

    let navigations = 0;
    page.on("framenavigated", (f) => f === page.mainFrame() && navigations++);
    await page.getByLabel("Login").check();
    await page.getByRole("button", { name: "Report a problem" }).click();
    await expect.poll(() => page.getByTestId("report-message").textContent()).toMatch(/Thanks — your report is counted/);
    await expect.poll(() => chart.getAttribute("data-total"), { timeout: 35_000 }).toBe("1");
    await expect.poll(() => page.getByTestId("last-hour").textContent()).toBe("1");
    expect(navigations).toBe(0);

    await page.getByLabel("Store").check();
    await page.getByRole("button", { name: "Report a problem" }).click();
    await expect.poll(() => page.getByTestId("report-message").textContent()).toMatch(/already reported/);
    // Someone else reports too, and the page refreshes now (as after a counted report) rather than in 30 s: the chart
    // shows 2, and would show 3 had the duplicate been counted.
    const other = await fetch(`${server.url}/api/v1/reports`, { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": `${BROWSER_UA} other` }, body: JSON.stringify({ service: "steam", problem: "store" }) });
    expect(other.status).toBe(201);
    await page.evaluate((event) => window.dispatchEvent(new Event(event)), REPORTED_EVENT);
    await expect.poll(() => chart.getAttribute("data-total"), { timeout: 10_000 }).toBe("2");
    await expect.poll(() => page.getByTestId("last-hour").textContent(), { timeout: 10_000 }).toBe("2");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "service.png"), fullPage: true });
    await page.close();
  });

  it("works with JavaScript disabled through the plain HTML form", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, userAgent: PHONE_UA });
    const page = await context.newPage();
    await page.goto(`${server.url}/status/netflix`);
    await page.getByLabel("Streaming").check();
    await page.getByRole("button", { name: "Report a problem" }).click();
    await page.waitForURL(/report=counted/);
    expect(await page.getByTestId("report-message").textContent()).toMatch(/Thanks — your report is counted/);
    expect(await page.getByTestId("report-chart").getAttribute("data-total")).toBe("1");
    await page.getByLabel("Streaming").check();
    await page.getByRole("button", { name: "Report a problem" }).click();
    await page.waitForURL(/report=duplicate/);
    expect(await page.getByTestId("report-message").textContent()).toMatch(/already reported/);
    await context.close();
  });

  it("home page lists the catalog, searches by alias, and is saved as a screenshot", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    // The 48 busiest of the catalog (app/home/render-home.tsx HOME_LIMIT).
    expect(await page.getByTestId("service-card").count()).toBe(Math.min(48, CATALOG.length));
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "home.png"), fullPage: false });
    await page.getByRole("searchbox").fill("hotmail");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=hotmail/);
    expect(await page.getByTestId("service-card").first().textContent()).toContain("Outlook");
    await page.close();
  });
});
