import type { OfficialStatusSource } from "./official-source";

/** Closed set of catalog categories; each has its own list of problem types (see problems.ts). */
export const CATEGORY_IDS = [
  "email",
  "productivity",
  "cloud",
  "social",
  "messaging",
  "video",
  "music",
  "gaming",
  "ai",
  "developer",
  "finance",
  "isp",
  "mobile",
  "shopping",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** One catalog entry as an operator edits it in catalog-data.ts. */
export interface ServiceSeed {
  /** URL key, lowercase a-z0-9 and dashes, e.g. "outlook". */
  slug: string;
  name: string;
  category: CategoryId;
  /** Public homepage, e.g. "https://outlook.live.com". */
  url: string;
  /** The name in other languages, by locale, e.g. { "zh-CN": "微信" }; pages in that language show it (pinyin search is derived from it). */
  names?: LocalNames;
  /** Other names people search for, e.g. ["hotmail", "outlook.com"]. */
  aliases: string[];
  /** Slugs of services this one runs on or signs in through (Outlook -> microsoft-365). */
  dependsOn: string[];
  /** Main markets as ISO 3166-1 alpha-2 codes, most important first; "global" services list their top few. */
  markets: string[];
  /** Rough relative report volume, 1 (niche) .. 100 (Outlook/YouTube-scale); drives demo volumes and default ordering. */
  popularity: number;
  /** The vendor's own machine-readable status (see official-sources.ts); null or absent when it publishes none. */
  officialStatus?: OfficialStatusSource | null;
}

/** A service's names in the site's other languages (English is `name`). */
export type LocalNames = Partial<Record<"zh-CN", string>>;
