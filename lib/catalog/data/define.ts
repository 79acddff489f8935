import type { CategoryId, LocalNames, ServiceSeed } from "../types";

/** One catalog entry in a line: slug, English name, category, homepage, popularity, markets, aliases, what it runs on. */
export function s(
  slug: string,
  name: string,
  category: CategoryId,
  url: string,
  popularity: number,
  markets: string[],
  aliases: string[] = [],
  dependsOn: string[] = [],
): ServiceSeed {
  return { slug, name, category, url, popularity, markets, aliases, dependsOn };
}

/** The same entry with its names in other languages, e.g. named({ "zh-CN": "谷歌" }, s(...)). */
export function named(names: LocalNames, seed: ServiceSeed): ServiceSeed {
  return { ...seed, names };
}
