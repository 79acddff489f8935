import path from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser } from "../helpers/browser";
import { article, startHostPageServer, type HostPageServer } from "../helpers/host-page-server";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

let server: TestServer;
let host: HostPageServer;
let browser: Browser;

const report = (i: number) =>
  fetch(`${server.url}/api/v1/reports`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36 r${i}` },
    body: JSON.stringify({ service: "outlook", problem: "login", country: "GB" }),
  });

beforeAll(async () => {
  [server, host, browser] = await Promise.all([startTestServer({ BURST_LIMIT: "100" }), startHostPageServer(), launchBrowser()]);
  for (let i = 0; i < 5; i++) expect((await report(i)).status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await server?.stop();
});

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: "attached" });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

/** The widget drew bars, some with height. */
async function expectChartDrawn(frame: Frame | Page) {
  await expect.poll(() => frame.locator("[data-testid=report-chart] rect.bar").count()).toBeGreaterThan(0);
  // Some bar has height (not necessarily the last: a new 15-minute bucket may have just begun, still empty).
  const heights = await frame.locator("[data-testid=report-chart] rect.bar").evaluateAll((bars) => bars.map((b) => Number(b.getAttribute("height"))));
  expect(Math.max(...heights)).toBeGreaterThan(0);
}

/** The widget's chart inside a frame: its total, and that it really drew bars. */
async function expectChart(frame: Frame, total: string) {
  const chart = frame.getByTestId("report-chart");
  await expect.poll(() => chart.getAttribute("data-total")).toBe(total);
  await expectChartDrawn(frame);
  expect(await frame.getByTestId("embed-summary").textContent()).toMatch(/Outlook/);
  expect(await frame.getByTestId("embed-updated").textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  expect(await frame.getByText("Reports are not the number of people affected", { exact: false }).count()).toBe(1);
  const link = frame.getByRole("link", { name: "Report a problem" });
  expect(await link.getAttribute("href")).toBe("/status/outlook#report");
  expect(await link.getAttribute("target")).toBe("_blank");
}

describe("embedding the widget in another site's article", () => {
  let iframeCode = "";
  let scriptCode = "";

  it("the service page hands out the codes, with the chosen options", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/status/outlook`);
    const panel = page.getByTestId("embed-panel");
    iframeCode = await panel.getByTestId("embed-iframe").inputValue();
    expect(iframeCode).toContain(`src="${server.url}/embed/outlook"`);
    await panel.getByLabel("Theme").selectOption("dark");
    await expect.poll(() => panel.getByTestId("embed-script").inputValue()).toBe(`<script src="${server.url}/embed.js" data-service="outlook" data-theme="dark" async></script>`);
    scriptCode = await panel.getByTestId("embed-script").inputValue();
    await page.close();
  });

  it("renders with the iframe code on a page of another origin, and refreshes itself", async () => {
    host.setPage("/iframe.html", article(iframeCode));
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${host.url}/iframe.html`);
    const frame = await frameOf(page, "iframe");
    await expectChart(frame, "5");
    expect(await frame.locator(".embed").getAttribute("data-theme")).toBe("light");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "embed-iframe.png") });

    // A new report shows without a reload once the widget refreshes (on its timer, or, as here, when shown again).
    // Public reads are cached for up to a second after a change, so nudge it until that has passed.
    expect((await report(99)).status).toBe(201);
    await expect
      .poll(
        async () => {
          await frame.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
          return frame.getByTestId("report-chart").getAttribute("data-total");
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe("6");
    await expectChart(frame, "6");
    await page.close();
  });

  it("shows times in the reader's own zone, and loads no framework", async () => {
    const context = await browser.newContext({ timezoneId: "Asia/Kolkata", viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/embed/outlook`);
    const updated = page.getByTestId("embed-updated");
    // India is UTC+5:30 all year: the "updated" instant, five and a half hours on (computed here, not by the widget).
    const expected = async () => new Date(Date.parse((await updated.getAttribute("datetime"))!) + 5.5 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
    await expect.poll(async () => (await updated.textContent())!.startsWith(await expected())).toBe(true);
    expect(await updated.textContent()).not.toContain("UTC");
    expect(await page.locator("figcaption").textContent()).not.toContain("UTC");
    await expectChartDrawn(page);
    expect(scripts).toEqual(["/embed-live.js"]);
    await context.close();
  });

  it("renders with the script snippet: embed.js inserts a responsive iframe", async () => {
    host.setPage("/script.html", article(`<p>Live chart:</p>${scriptCode}<p>After the chart.</p>`));
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    await page.goto(`${host.url}/script.html`);
    const frame = await frameOf(page, "script[data-service] + iframe");
    await expectChart(frame, "6");
    expect(await frame.locator(".embed").getAttribute("data-theme")).toBe("dark");
    const box = (await page.locator("iframe").boundingBox())!;
    expect(box.width).toBe(640);
    expect(box.height).toBeGreaterThanOrEqual(260);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "embed-script.png") });
    await page.close();
  });

  it("the same page cannot frame the home page or a service page (blocked by headers)", async () => {
    host.setPage(
      "/framing.html",
      article(`<iframe id="widget" src="${server.url}/embed/outlook"></iframe><iframe id="home" src="${server.url}/"></iframe><iframe id="service" src="${server.url}/status/outlook"></iframe>`),
    );
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on("console", (m) => m.text().includes("frame-ancestors") && refusals.push(m.text()));
    await page.goto(`${host.url}/framing.html`, { waitUntil: "load" });
    // The control: the same page can frame the widget, so a blank frame below means blocked, not broken.
    await expect.poll(async () => (await frameOf(page, "#widget")).getByTestId("report-chart").count()).toBe(1);
    for (const id of ["#home", "#service"]) {
      const frame = await frameOf(page, id);
      expect(frame.url(), id).toMatch(/^chrome-error:/);
      expect(await frame.locator(".site-header").count(), id).toBe(0);
    }
    await expect.poll(() => refusals.length).toBe(2);
    for (const r of refusals) expect(r).toMatch(/violates the following Content Security Policy directive: "frame-ancestors 'self'"/);
    await page.close();
  });
});
