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
