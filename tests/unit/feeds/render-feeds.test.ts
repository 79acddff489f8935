import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import type { Feed } from "../../../lib/feeds/feed-types";
import { renderAtom } from "../../../lib/feeds/render-atom";
import { renderRss } from "../../../lib/feeds/render-rss";

const makeFeed = (entries = 2): Feed => ({
  language: "en",
  title: "Outages — Downwire",
  description: "Outages of <popular> services & apps",
  siteUrl: "https://dw.test/",
  selfUrl: "https://dw.test/feeds/incidents.atom",
  updated: "2026-11-20T16:03:00.000Z",
  entries: Array.from({ length: entries }, (_, i) => ({
    url: `https://dw.test/status/outlook/incidents/${i + 1}`,
    title: `Outlook outage #${i + 1} <b>"quoted"</b> & more`,
    summary: "Users reported problems with Outlook & friends.\u0007",
    category: "Email",
    published: "2026-11-20T08:43:00.000Z",
    updated: "2026-11-20T16:03:00.000Z",
  })),
});

describe("feeds render to valid RSS 2.0 and Atom 1.0", () => {
  it("RSS: well-formed, parsed by feedsmith, permalink guids, RFC 822 dates, escaped text", () => {
    const xml = renderRss(makeFeed());
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parseRssFeed(xml);
    expect(rss.title).toBe("Outages — Downwire");
    expect(rss.description).toBe("Outages of <popular> services & apps");
    expect(rss.items).toHaveLength(2);
    const [first] = rss.items!;
    expect(first.title).toBe(`Outlook outage #1 <b>"quoted"</b> & more`);
    expect(first.guid).toEqual({ value: "https://dw.test/status/outlook/incidents/1", isPermaLink: true });
    expect(first.link).toBe(first.guid!.value);
    expect(first.pubDate).toBe("Fri, 20 Nov 2026 08:43:00 GMT");
    expect(first.description).toBe("Users reported problems with Outlook & friends.");
    expect(xml).toContain(`<atom:link href="https://dw.test/feeds/incidents.atom" rel="self" type="application/rss+xml"/>`);
    expect(parseFeed(xml).format).toBe("rss");
  });

  it("Atom: well-formed, parsed by feedsmith, ids are the permanent pages, every entry has updated", () => {
    const xml = renderAtom(makeFeed());
    expect(XMLValidator.validate(xml)).toBe(true);
    const atom = parseAtomFeed(xml);
    expect(atom.id).toBe("https://dw.test/feeds/incidents.atom");
    expect(atom.updated).toBe("2026-11-20T16:03:00.000Z");
    expect(atom.entries!.map((e) => e.id)).toEqual(["https://dw.test/status/outlook/incidents/1", "https://dw.test/status/outlook/incidents/2"]);
    expect(atom.title).toEqual({ value: "Outages — Downwire", type: "text" });
    expect(atom.entries![0].title).toEqual({ value: `Outlook outage #1 <b>"quoted"</b> & more`, type: "text" });
    expect(atom.entries![0].updated).toBe("2026-11-20T16:03:00.000Z");
    expect(atom.authors?.[0]?.name).toBe("Downwire");
    expect(parseFeed(xml).format).toBe("atom");
  });

  it("an empty feed is still valid", () => {
    expect(XMLValidator.validate(renderRss(makeFeed(0)))).toBe(true);
    expect(parseAtomFeed(renderAtom(makeFeed(0))).entries ?? []).toHaveLength(0);
  });
});
