import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";
import { makeEmbedFixtureDb } from "../helpers/lighthouse";

let server: TestServer;
let incidentId: number;
beforeAll(async () => {
  server = await startTestServer({}, await makeEmbedFixtureDb({ slug: "wechat", surgeProblem: "calls" }));
  incidentId = (await (await fetch(`${server.url}/api/v1/incidents?service=wechat`)).json()).incidents[0].id;
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers: { "User-Agent": BROWSER_UA, ...headers }, redirect: "manual" });
const html = async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).text();
const attr = (page: string, re: RegExp) => re.exec(page)?.[1];

describe("locale routing", () => {
  it("negotiates only `/`: Accept-Language zh-CN leads to the Chinese front page, a saved choice overrides it", async () => {
    const zh = await get("/", { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8" });
    expect(zh.status).toBe(307);
    expect(zh.headers.get("location")).toBe("/zh-CN");
    expect(zh.headers.get("vary")).toMatch(/Accept-Language/);
    expect((await get("/?q=weixin", { "Accept-Language": "zh" })).headers.get("location")).toBe("/zh-CN?q=weixin");
    expect((await get("/", { "Accept-Language": "zh-CN", Cookie: "NEXT_LOCALE=en" })).status).toBe(200);
    expect((await get("/", { "Accept-Language": "en-GB", Cookie: "NEXT_LOCALE=zh-CN" })).headers.get("location")).toBe("/zh-CN");
    const en = await get("/", { "Accept-Language": "en-US,en;q=0.9" });
    expect(en.status).toBe(200);
    expect(attr(await en.text(), /<html lang="([^"]+)"/)).toBe("en");
    // Every other English URL stays exactly as it was, whatever the browser prefers.
    const status = await get("/status/wechat", { "Accept-Language": "zh-CN" });
    expect(status.status).toBe(200);
    expect(attr(await status.text(), /<html lang="([^"]+)"/)).toBe("en");
  });

  it("the language switch saves the choice and goes to the same page in that language, only on this site", async () => {
    const res = await get("/language?lang=zh-CN&path=%2Fstatus%2Fwechat%3Frange%3D7d");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/zh-CN/status/wechat?range=7d");
    expect(res.headers.get("set-cookie")).toMatch(/^NEXT_LOCALE=zh-CN; Path=\/; Max-Age=\d+; SameSite=Lax/);
    expect((await get("/language?lang=en&path=%2Fzh-CN%2Fcountry%2Fcn")).headers.get("location")).toBe("/country/cn");
    expect((await get("/language?lang=zh-CN&path=%2F%2Fevil.example%2Fx")).headers.get("location")).toBe("/zh-CN");
    expect((await get("/language?lang=en&path=%2Fx%0D%0ASet-Cookie%3A%20a%3Db")).headers.get("location")).toBe("/");
    const bad = await get("/language?lang=fr&path=%2F");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_query");
  });

  it("a page says its language and links its twins: <html lang>, hreflang alternates with x-default, canonical", async () => {
    for (const [path, lang, canonical] of [
      ["/zh-CN/status/wechat", "zh-CN", "/zh-CN/status/wechat"],
      ["/status/wechat", "en", "/status/wechat"],
      ["/zh-CN", "zh-CN", "/zh-CN"], // Next writes the root without its slash
    ] as const) {
      const page = await html(path);
      expect(attr(page, /<html lang="([^"]+)"/), path).toBe(lang);
      const twin = canonical.replace(/^\/zh-CN/, "");
      expect(page, path).toContain(`<link rel="alternate" hrefLang="en" href="${server.url}${twin}"/>`);
      expect(page, path).toContain(`<link rel="alternate" hrefLang="zh-CN" href="${server.url}/zh-CN${twin}"/>`);
      expect(page, path).toContain(`<link rel="alternate" hrefLang="x-default" href="${server.url}${twin}"/>`);
      expect(page, path).toContain(`<link rel="canonical" href="${server.url}${canonical}"/>`);
    }
    const zh = await html("/zh-CN/status/wechat");
    expect(zh).toContain(`<meta property="og:image" content="${server.url}/zh-CN/status/wechat/opengraph-image"/>`);
    expect(zh).toMatch(/<h1>微信问题与故障<\/h1>/);
  });

  it("only the URL decides the language: a client's own locale header is ignored", async () => {
    const page = await html("/status/wechat", { "x-next-intl-locale": "zh-CN" });
    expect(attr(page, /<html lang="([^"]+)"/)).toBe("en");
    expect(page).toContain("<h1>WeChat problems and outages</h1>");
  });

  it("has no localized twin of the API or the operator area", async () => {
    expect((await get("/zh-CN/api/v1/services")).status).toBe(404);
    expect((await get("/zh-CN/admin")).status).toBe(404);
  });

  it("sitemap.xml lists every page in both languages with its alternates; robots.txt points to it", async () => {
    const xml = await html("/sitemap.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const p of ["/", "/zh-CN", "/status/wechat", "/zh-CN/status/wechat", "/country/cn", "/zh-CN/country/cn", "/methodology", "/zh-CN/methodology", "/official-lag", "/zh-CN/official-lag"]) expect(urls, p).toContain(server.url + p);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${server.url}/zh-CN/status/wechat" />`);
    expect(await html("/robots.txt")).toContain(`Sitemap: ${server.url}/sitemap.xml`);
  });
});

describe("the API's lang option: translated sentences, English field values", () => {
  it("a service's summary in Chinese; names, labels and enums stay English", async () => {
    const body = await (await get("/api/v1/services/wechat?lang=zh-CN")).json();
    expect(body.lang).toBe("zh-CN");
    expect(body.summary).toMatch(/^用户报告显示，微信/);
    expect(body.service).toMatchObject({ slug: "wechat", name: "WeChat", names: { "zh-CN": "微信" } });
    expect(body.problemTypes[0].label).toBe("Sending messages");
    const en = await (await get("/api/v1/services/wechat")).json();
    expect(en.summary).toMatch(/^User reports indicate .* at WeChat/);
    expect(en.lang).toBeUndefined();
    const bad = await get("/api/v1/services/wechat?lang=fr");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.lang).toMatch(/en, zh-CN/);
  });

  it("lists and incidents gain summaries in that language", async () => {
    const list = await (await get(`/api/v1/services?q=${encodeURIComponent("微信")}&lang=zh`)).json();
    expect(list.services[0]).toMatchObject({ slug: "wechat", name: "WeChat" });
    expect(list.services[0].summary).toMatch(/微信/);
    const incidents = await (await get("/api/v1/incidents?service=wechat&lang=zh-CN")).json();
    expect(incidents.incidents[0].summary).toMatch(/用户报告了微信的问题|用户一直在报告微信的问题/);
    expect(incidents.incidents[0].service.name).toBe("WeChat");
    const one = await (await get(`/api/v1/incidents/${incidentId}?lang=zh-CN`)).json();
    expect(one.summary).toMatch(/报告数量不等于受影响的人数。$/);
    expect((await get(`/api/v1/incident-groups?lang=zh-CN`)).status).toBe(200);
  });
});

describe("feeds, badges, embeds and oEmbed per language", () => {
  it("Chinese feeds say so and link the Chinese pages; English ones are unchanged", async () => {
    const rss = await html("/zh-CN/feeds/incidents.xml");
    expect(XMLValidator.validate(rss)).toBe(true);
    const channel = new XMLParser().parse(rss).rss.channel;
    expect(channel.language).toBe("zh-cn");
    expect(channel.title).toBe("根据用户报告检测到的故障 — Downwire");
    const item = [channel.item].flat()[0];
    expect(item.link).toBe(`${server.url}/zh-CN/status/wechat/incidents/${incidentId}`);
    expect(item.title).toMatch(/^微信 ?故障/);
    const atom = await html("/zh-CN/status/wechat/feed.atom");
    expect(atom).toContain('xml:lang="zh-CN"');
    expect(atom).toContain(`<id>${server.url}/zh-CN/status/wechat/feed.atom</id>`);
    const country = await html("/zh-CN/country/cn/feed.xml");
    expect(XMLValidator.validate(country)).toBe(true);
    expect(new XMLParser().parse(country).rss.channel.title).toBe("中国的服务故障 — Downwire");
    const en = new XMLParser().parse(await html("/feeds/incidents.xml")).rss.channel;
    expect(en.language).toBe("en");
    expect([en.item].flat()[0].link).toBe(`${server.url}/status/wechat/incidents/${incidentId}`);
  });

  it("badges say it in Chinese with the Chinese name, by path or by ?lang", async () => {
    for (const p of ["/zh-CN/badge/wechat.svg", "/badge/wechat.svg?lang=zh-CN"]) {
      const svg = await html(p);
      expect(XMLValidator.validate(svg), p).toBe(true);
      expect(svg, p).toMatch(/aria-label="微信: (无异常|可能有问题|故障|暂无数据)"/);
    }
    expect(await html("/badge/wechat.svg")).toMatch(/aria-label="WeChat: (no problems|possible problems|outage|no data yet)"/);
  });

  it("the Chinese widget is an embed like the English one (framable, cacheable) in Chinese", async () => {
    const res = await get("/zh-CN/embed/wechat");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors \*$/);
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const page = await res.text();
    expect(attr(page, /<html lang="([^"]+)"/)).toBe("zh-CN");
    expect(page).toContain("报告问题");
    expect((await get(`/zh-CN/embed/wechat/incidents/${incidentId}`)).status).toBe(200);
  });

  it("oEmbed answers with the Chinese widget for a Chinese page or lang=zh-CN", async () => {
    for (const q of [`url=${encodeURIComponent(`${server.url}/zh-CN/status/wechat`)}`, `url=${encodeURIComponent(`${server.url}/status/wechat`)}&lang=zh-CN`]) {
      const body = await (await get(`/api/oembed?${q}`)).json();
      expect(body.title, q).toBe("微信问题报告 (Downwire)");
      expect(body.html, q).toContain(`src="${server.url}/zh-CN/embed/wechat"`);
      expect(body.thumbnail_url, q).toBe(`${server.url}/zh-CN/status/wechat/opengraph-image`);
    }
    const incident = await (await get(`/api/oembed?url=${encodeURIComponent(`${server.url}/zh-CN/status/wechat/incidents/${incidentId}`)}`)).json();
    expect(incident.title).toMatch(/^微信 ?故障/);
    expect(incident.html).toContain(`/zh-CN/embed/wechat/incidents/${incidentId}`);
    expect((await get(`/api/oembed?url=${encodeURIComponent(`${server.url}/status/wechat`)}&lang=xx`)).status).toBe(400);
  });

  it("the no-JavaScript report form on a Chinese page comes back to the Chinese page", async () => {
    const res = await fetch(`${server.url}/zh-CN/status/wechat/report`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": BROWSER_UA },
      body: "problem=login&country=CN",
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/zh-CN\/status\/wechat\?report=counted&n=\d+#report$/);
    const page = await html(res.headers.get("location")!.replace(/#.*$/, ""));
    expect(page).toContain("谢谢——您的报告已计入。");
  });
});

describe("country pages", () => {
  it("list the market's services first, in either language, and refuse unknown codes", async () => {
    const order = (page: string) => [...page.matchAll(/data-testid="country-service" data-slug="([^"]+)"/g)].map((m) => m[1]);
    const zh = await html("/zh-CN/country/cn");
    expect(attr(zh, /<html lang="([^"]+)"/)).toBe("zh-CN");
    expect(zh).toContain("<h1>中国的服务故障</h1>");
    const slugs = order(zh);
    const firstOther = slugs.indexOf("outlook");
    expect(slugs).toContain("wechat");
    expect(slugs.indexOf("wechat")).toBeLessThan(firstOther === -1 ? Infinity : firstOther);
    expect(order(await html("/country/cn"))).toEqual(slugs);
    expect((await get("/country/CN")).headers.get("location")).toBe("/country/cn");
    expect((await get("/country/xx")).status).toBe(404);
    expect(await html("/country")).toContain('href="/country/cn"');
  });
});
