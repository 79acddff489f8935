import { CHINA_SERVICES } from "./data/china-services";
import { GLOBAL_SERVICES } from "./data/global-services";
import { OFFICIAL_SOURCES } from "./official-sources";
import type { ServiceSeed } from "./types";

/*
 * The service catalog: the one place an operator adds, renames or removes a service. Its entries live in
 * lib/catalog/data/ by market (global-services.ts, china-services.ts); add a market's file here. It is upserted at
 * start-up; a service removed here is hidden, not deleted, so its history stays citable. Each entry has its English
 * name and, where people use one, its name in the site's other languages (`names`, e.g. { "zh-CN": "微信" }), which
 * pages in that language show and search finds, with its pinyin. dependsOn lists what a service runs on or signs in
 * through, kept conservative (publicly known only). Each gets its vendor's official status source where it publishes
 * one (official-sources.ts).
 */
export const CATALOG: readonly ServiceSeed[] = [...GLOBAL_SERVICES, ...CHINA_SERVICES].map((seed) => ({ ...seed, officialStatus: OFFICIAL_SOURCES[seed.slug] ?? null }));
