import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { ARTIFACTS_DIR, launchBrowser } from "../helpers/browser";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";
import { makeEmbedFixtureDb } from "../helpers/lighthouse";

let server: TestServer;
let browser: Browser;
let incidentId: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({}, await makeEmbedFixtureDb({ slug: "wechat", surgeProblem: "calls" })), launchBrowser()]);
  incidentId = (await (await fetch(`${server.url}/api/v1/incidents?service=wechat`)).json()).incidents[0].id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Latin-script words a Chinese page may show: service names and aliases (a brand is a brand), technical names, time
 * zone abbreviations, and the switch's "English". Any other English word on a zh-CN page is an untranslated string.
 */
const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;
const ALLOWED = new Set(
  [
    ...CATALOG.flatMap((s) => [s.name, ...s.aliases, ...Object.values(s.names ?? {}), new URL(s.url).host]),
    ...["Downwire", "Down", "wire", "English", "Numenta", "Twitter", "README", "RSS", "Atom", "JSON", "API", "CSV", "UTC", "GMT", "EST", "IP", "AI", "iframe", "Markdown", "oEmbed", "WordPress", "Ghost", "Medium", "weixin", "Steam"],
  ].flatMap((n) => n.match(WORD) ?? []),
);
/** A message key shown instead of text: "client.status.ok", "home.title". */
const MISSING_KEY = /\b(?:client|chrome|home|servicePage|incidentList|incidentFacts|incidentPage|groupPanel|groupPage|groupsPage|countryPage|countryIndex|countryMap|directory|methodology|notFound|meta|verdict|incident|group|locality|official|officialLag|alertPages)\.[a-zA-Z_.]+/;

async function open(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ userAgent: BROWSER_UA, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { page, errors };
}

/**
 * The text a reader sees in the page's own language, piece by piece: what is hidden from readers (aria-hidden,
 * collapsed), marked as another language, code, or a copyable snippet or address is left out.
 */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = '[aria-hidden="true"], [lang]:not([lang="zh-CN"]), script, style, noscript, textarea, select, code, .cite';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || !el.checkVisibility()) continue;
      out.push(n.textContent ?? "");
    }
    return out.join(" ").replace(/https?:\/\/\S+/g, " ");
  });
}

describe("the Chinese edition in a real browser", () => {
  // The pages below are read in one browser context (Beijing time), one after another: a context per page cost a
  // second or two each on a busy machine and proved nothing more (no page here sets a cookie the next one reads).
  let reader: { page: Page; errors: string[] };
  beforeAll(async () => {
    reader = await open({ timezoneId: "Asia/Shanghai" });
  });
  afterAll(() => reader?.page.context().close());

  it.each(["/zh-CN/status/wechat", "/zh-CN", `/zh-CN/status/wechat/incidents/ID`, "/zh-CN/country/cn", "/zh-CN/methodology", "/zh-CN/incidents/groups", "/zh-CN/services", "/zh-CN/embed/wechat", "/zh-CN/alerts/confirm?token=x", "/zh-CN/alerts/unsubscribe?token=x", "/zh-CN/official-lag"])(
    "%s renders fully in Chinese: lang, hreflang, no English UI strings, no missing keys, no hydration errors",
    async (p) => {
      const { page, errors } = reader;
      errors.length = 0;
      await page.goto(server.url + p.replace("ID", String(incidentId)), { waitUntil: "networkidle" });
      expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
      const hreflangs = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`));
      expect(hreflangs.map((h) => h.split(" ")[0]).sort()).toEqual(["en", "x-default", "zh-CN"]);
      const text = await visibleText(page);
      expect(text).not.toMatch(MISSING_KEY);
      const english = [...new Set(text.match(WORD) ?? [])].filter((w) => w.length > 1 && !ALLOWED.has(w));
      expect(english, `English words on ${p}`).toEqual([]);
      expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `zh-${p.replace(/[^a-z0-9]+/gi, "-")}.png`) });
    },
  );

  it("a browser that prefers Chinese lands on the Chinese front page from /", async () => {
    const { page } = await open({ locale: "zh-CN" });
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/zh-CN");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.context().close();
  });

  it("the visible switch changes the page's language and is remembered for /", async () => {
    const { page } = await open({ locale: "en-US" });
    await page.goto(`${server.url}/status/wechat`);
    await page.getByTestId("language-switch").getByRole("link", { name: "中文" }).click();
    await page.waitForURL(/\/zh-CN\/status\/wechat$/);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/zh-CN");
    await page.getByTestId("language-switch").getByRole("link", { name: "English" }).click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.context().close();
  });

  it("times are in the reader's zone with UTC on hover and the instant in datetime; Chinese pages start on Beijing time", async () => {
    const incident = await (await fetch(`${server.url}/api/v1/incidents/${incidentId}`)).json();
    const started: string = incident.incident.startedAt;
    const html = await (await fetch(`${server.url}/zh-CN/status/wechat/incidents/${incidentId}`, { headers: { "User-Agent": BROWSER_UA } })).text();
    // The server cannot know the reader's zone: its HTML is in China Standard Time, which the page keeps when the browser names none.
    expect(html).toMatch(new RegExp(`<time dateTime="${started}" title="[^"]+ UTC">[^<]+ 北京时间</time>`));
    for (const [timezoneId, zone] of [["America/New_York", /EST|EDT|GMT-[45]/], ["Asia/Shanghai", /北京时间/]] as const) {
      const { page, errors } = await open({ timezoneId });
      await page.goto(`${server.url}/zh-CN/status/wechat/incidents/${incidentId}`, { waitUntil: "networkidle" });
      const time = page.locator(`[data-testid="incident-facts"] time[datetime="${started}"]`).first();
      await expect.poll(() => time.textContent()).toMatch(zone);
      expect(await time.getAttribute("title")).toMatch(/ UTC$/);
      const expected = new Intl.DateTimeFormat("en-GB", { timeZone: timezoneId, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(started));
      expect(await time.textContent()).toContain(expected);
      expect(errors, timezoneId).toEqual([]);
      await page.context().close();
    }
  });
});
