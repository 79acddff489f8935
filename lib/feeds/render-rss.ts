import { escapeXml } from "@/lib/formats/escape-xml";
import { FEED_TTL_MINUTES } from "./config";
import type { Feed } from "./feed-types";

const rfc822 = (iso: string) => new Date(iso).toUTCString();

/** RSS 2.0 (https://www.rssboard.org/rss-specification) with an atom:link rel=self, as validators ask. */
export function renderRss(feed: Feed): string {
  const items = feed.entries.map(
    (e) =>
      `<item><title>${escapeXml(e.title)}</title><link>${escapeXml(e.url)}</link>` +
      `<guid isPermaLink="true">${escapeXml(e.url)}</guid><pubDate>${rfc822(e.published)}</pubDate>` +
      `<category>${escapeXml(e.category)}</category><description>${escapeXml(e.summary)}</description></item>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.siteUrl)}</link><description>${escapeXml(feed.description)}</description>` +
    `<language>${escapeXml(feed.language.toLowerCase())}</language><lastBuildDate>${rfc822(feed.updated)}</lastBuildDate><ttl>${FEED_TTL_MINUTES}</ttl><generator>Downwire</generator>` +
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>` +
    `${items.join("\n")}</channel></rss>\n`
  );
}
