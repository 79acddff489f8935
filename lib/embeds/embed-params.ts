import { z } from "zod";
import { EMBED_RANGE_IDS, EMBED_THEMES } from "./config";

/** `/embed/:slug?range=&theme=`: a bad value falls back to the default rather than breaking a host's page. */
export const EmbedQuerySchema = z.object({
  range: z.enum(EMBED_RANGE_IDS).catch("24h"),
  theme: z.enum(EMBED_THEMES).catch("light"),
});

export type EmbedOptions = z.infer<typeof EmbedQuerySchema>;

type Search = Record<string, string | string[] | undefined>;

export function parseEmbedOptions(search: Search): EmbedOptions {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return EmbedQuerySchema.parse({ range: one(search.range), theme: one(search.theme) });
}

/** A zone name the runtime knows ("Europe/Berlin"); anything else is not one. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface WidgetQuery extends EmbedOptions {
  /** The zone times are shown in: the reader's (embed-live.js sends it), else the language's default. */
  zone: string;
  /** `widget`: just the widget's markup, what embed-live.js swaps in when it refreshes. */
  part: "page" | "widget";
}

/** The live widget's query: the embed options, plus what its refresh script adds. Bad values fall back, never fail. */
export function parseWidgetQuery(search: URLSearchParams, defaultZone: string): WidgetQuery {
  const tz = search.get("tz");
  return {
    ...parseEmbedOptions({ range: search.get("range") ?? undefined, theme: search.get("theme") ?? undefined }),
    zone: tz && tz.length <= 64 && tz !== "Etc/Unknown" && isTimeZone(tz) ? tz : defaultZone,
    part: search.get("part") === "widget" ? "widget" : "page",
  };
}
