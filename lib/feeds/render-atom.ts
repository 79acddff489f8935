import { escapeXml } from "@/lib/formats/escape-xml";
import type { Feed } from "./feed-types";

/** Atom 1.0 (RFC 4287): feed and entry ids are permanent URLs, every entry has an updated time and a summary. */
export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map(
    (e) =>
      `<entry><id>${escapeXml(e.url)}</id><title type="text">${escapeXml(e.title)}</title>` +
      `<link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/><published>${e.published}</published><updated>${e.updated}</updated>` +
      `<category term="${escapeXml(e.category)}"/><summary type="text">${escapeXml(e.summary)}</summary></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">` +
    `<id>${escapeXml(feed.selfUrl)}</id><title type="text">${escapeXml(feed.title)}</title><subtitle type="text">${escapeXml(feed.description)}</subtitle>` +
    `<updated>${feed.updated}</updated><link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/><author><name>Downwire</name></author><generator>Downwire</generator>` +
    `${entries.join("\n")}</feed>\n`
  );
}
