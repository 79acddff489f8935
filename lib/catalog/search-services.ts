import { normalizeSearch, readPinyin } from "./pinyin";
import type { Service } from "./read-catalog";

/*
 * Search by name, slug, alias, the name in another language (微信) and that name's pinyin, typed any way: with or
 * without tone marks or tone numbers, spaces or hyphens ("wēixìn", "wei1 xin4", "Wei Xin" all read "weixin"), or
 * as initials ("zfb" for 支付宝). The best kind of match ranks first, so an exact hit beats a service that merely
 * contains the words ("wechat" finds WeChat before WeCom, whose alias is "wechat work").
 */

interface Keys {
  /** Name, slug, local names and their pinyin: an exact hit here is the best match. */
  primary: string[];
  aliases: string[];
  /** Initials of the names in Han script: matched only exactly. */
  initials: string[];
}

function keysOf(s: Service): Keys {
  const local = Object.values(s.names).filter((n): n is string => Boolean(n));
  const primary = [s.name, s.slug, ...local];
  const aliases = [...s.aliases];
  const initials: string[] = [];
  for (const [list, text] of [...primary.map((t) => [primary, t] as const), ...s.aliases.map((t) => [aliases, t] as const)]) {
    const p = readPinyin(text);
    if (!p) continue;
    list.push(p.full);
    if (p.initials.length >= 2) initials.push(p.initials);
  }
  return { primary: primary.map(normalizeSearch), aliases: aliases.map(normalizeSearch), initials };
}

const index = new WeakMap<readonly Service[], Map<number, Keys>>();

function keysFor(all: readonly Service[]): Map<number, Keys> {
  let keys = index.get(all);
  if (!keys) {
    keys = new Map(all.map((s) => [s.id, keysOf(s)]));
    index.set(all, keys);
  }
  return keys;
}

/** How well a service matches a normalized query: 0 best; null for no match. */
function rank(k: Keys, q: string): number | null {
  if (k.primary.includes(q)) return 0;
  if (k.aliases.includes(q)) return 1;
  if (k.initials.includes(q)) return 2;
  if (k.primary.some((x) => x.startsWith(q))) return 3;
  if (k.aliases.some((x) => x.startsWith(q))) return 4;
  if (k.primary.some((x) => x.includes(q)) || k.aliases.some((x) => x.includes(q))) return 5;
  return null;
}

/**
 * The services that match `q`, each with its rank (lower is better); every service, rank 0, for an empty query.
 * `all` is the catalog's own list (listAllServices), whose identity keys the cached search keys.
 */
export function searchServices(all: readonly Service[], services: readonly Service[], q: string): Map<number, number> {
  const needle = normalizeSearch(q);
  const out = new Map<number, number>();
  if (!needle) {
    for (const s of services) out.set(s.id, 0);
    return out;
  }
  const keys = keysFor(all);
  for (const s of services) {
    const r = rank(keys.get(s.id) ?? keysOf(s), needle);
    if (r !== null) out.set(s.id, r);
  }
  return out;
}
