import { z } from "zod";

/** PRELOAD_PAGES: 1 (default) loads every page's code at start, so no first request waits for it; 0 loads each on its first request. */
export const PreloadPagesSchema = z
  .enum(["0", "1", "true", "false", ""])
  .default("1")
  .transform((v) => v !== "0" && v !== "false");

/**
 * PRELOAD_PAGES alone, for next.config.ts: Next evaluates it at every start (and at build time, where the rest of the
 * environment is none of its business). A bad value is refused as readEnv refuses it.
 */
export function readPreloadPages(source: Record<string, string | undefined> = process.env): boolean {
  const parsed = PreloadPagesSchema.safeParse(source.PRELOAD_PAGES);
  if (!parsed.success) throw new Error(`Invalid configuration: PRELOAD_PAGES: ${parsed.error.issues[0].message}`);
  return parsed.data;
}
