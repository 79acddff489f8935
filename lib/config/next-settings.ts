import { z } from "zod";

/** A setting next.config.ts reads that is on unless set to 0 (or false). */
export const OnUnlessZeroSchema = z
  .enum(["0", "1", "true", "false", ""])
  .default("1")
  .transform((v) => v !== "0" && v !== "false");

function read(name: string, source: Record<string, string | undefined>): boolean {
  const parsed = OnUnlessZeroSchema.safeParse(source[name]);
  if (!parsed.success) throw new Error(`Invalid configuration: ${name}: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

/*
 * next.config.ts reads these alone: Next evaluates it at build time and at every start, where the rest of the
 * environment is none of its business. A bad value is refused as readEnv refuses it.
 */

/** PRELOAD_PAGES: 1 (default) loads every page's code at start, so no first request waits for it; 0 loads each on its first request. */
export function readPreloadPages(source: Record<string, string | undefined> = process.env): boolean {
  return read("PRELOAD_PAGES", source);
}

/** BUILD_CACHE: 1 (default) lets `next build` keep Turbopack's cache in .next/cache for the next build; 0 skips writing it (a one-off build). */
export function readBuildCache(source: Record<string, string | undefined> = process.env): boolean {
  return read("BUILD_CACHE", source);
}
