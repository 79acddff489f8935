import { parseAtomFeed, parseRssFeed } from "feedsmith";
import { parseInstant } from "./instant";

/** One RSS item or Atom entry, reduced to what a status reading needs. */
export interface FeedEntry {
  id: string;
  title: string;
  link: string | null;
  /** Epoch ms of its first publication (falls back to its update time). */
  published: number | null;
  updated: number | null;
  /** The entry's HTML body (content, else summary or description). */
  html: string;
}

const text = (v: unknown): string => {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "value" in v && typeof (v as { value: unknown }).value === "string") return (v as { value: string }).value;
  return "";
};

function absolute(href: string | undefined | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/** The entries of an RSS 2.0 or Atom 1.0 document (parsed by feedsmith), or an error naming what was wrong. */
export function readFeedEntries(xml: string, sourceUrl: string): { ok: true; entries: FeedEntry[] } | { ok: false; error: string } {
  const tries: [string, () => FeedEntry[]][] = [
    [
      "RSS",
      () =>
        (parseRssFeed(xml).items ?? []).map((item, n) => {
          const pub = parseInstant(item.pubDate);
          return {
            id: text(item.guid) || item.link || `${text(item.title)}#${n}`,
            title: text(item.title).trim(),
            link: absolute(item.link, sourceUrl),
            published: pub,
            updated: pub,
            html: item.content?.encoded ?? item.description ?? "",
          };
        }),
    ],
    [
      "Atom",
      () =>
        (parseAtomFeed(xml).entries ?? []).map((entry, n) => {
          const alternate = entry.links?.find((l) => !l.rel || l.rel === "alternate") ?? entry.links?.[0];
          const updated = parseInstant(entry.updated);
          return {
            id: entry.id || alternate?.href || `${text(entry.title)}#${n}`,
            title: text(entry.title).trim(),
            link: absolute(alternate?.href, sourceUrl),
            published: parseInstant(entry.published) ?? updated,
            updated: updated ?? parseInstant(entry.published),
            html: text(entry.content) || text(entry.summary),
          };
        }),
    ],
  ];
  const errors: string[] = [];
  for (const [name, read] of tries) {
    try {
      return { ok: true, entries: read() };
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ok: false, error: `not an RSS or Atom feed (${errors.join("; ")})` };
}
