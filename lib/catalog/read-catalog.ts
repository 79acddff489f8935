import type { Db } from "@/db/client";
import { serviceDependencies, services } from "@/db/schema";
import { readPinyin } from "./search-services";
import type { CategoryId, LocalNames } from "./types";

export interface Service {
  id: number;
  slug: string;
  name: string;
  category: CategoryId;
  url: string;
  /** Names in other languages by locale ({"zh-CN":"微信"}); English is `name`. */
  names: LocalNames;
  aliases: string[];
  markets: string[];
  popularity: number;
  hidden: boolean;
  /** "seed" (refreshed from catalog-data.ts at start-up) or "operator" (edited in /admin, left alone). */
  source: "seed" | "operator";
  /** Slugs this service depends on. */
  dependsOn: string[];
}

interface CatalogIndex {
  all: Service[];
  byKey: Map<string, Service>;
  byId: Map<number, Service>;
}

// The catalog changes only at start-up or by an operator, yet intake resolves a service on every report. The
// server and Next's bundle each have this module: a version on globalThis lets an edit on one side reach both.
const cache = new WeakMap<Db, CatalogIndex & { version: number }>();
const VERSION = Symbol.for("downwire.catalog-version");
type WithVersion = typeof globalThis & { [VERSION]?: number };
const readVersion = () => (globalThis as WithVersion)[VERSION] ?? 0;

function loadCatalog(db: Db): CatalogIndex {
  const rows = db.select().from(services).all();
  const deps = db.select().from(serviceDependencies).all();
  const slugById = new Map(rows.map((r) => [r.id, r.slug]));
  const all: Service[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    category: r.category as CategoryId,
    url: r.url,
    names: JSON.parse(r.names) as LocalNames,
    aliases: JSON.parse(r.aliases) as string[],
    markets: JSON.parse(r.markets) as string[],
    popularity: r.popularity,
    hidden: r.hidden,
    source: r.source,
    dependsOn: deps.filter((d) => d.serviceId === r.id).map((d) => slugById.get(d.dependsOnId)!),
  }));
  all.sort((a, b) => b.popularity - a.popularity || a.name.localeCompare(b.name));
  const byKey = new Map<string, Service>();
  // Later keys win a clash: names in other languages and their pinyin, then aliases, then names, then slugs.
  for (const s of all) {
    for (const local of Object.values(s.names)) {
      if (!local) continue;
      byKey.set(local.toLowerCase(), s);
      const p = readPinyin(local);
      if (p) byKey.set(p.full, s);
    }
  }
  for (const s of all) for (const alias of s.aliases) byKey.set(alias.toLowerCase(), s);
  for (const s of all) byKey.set(s.name.toLowerCase(), s);
  for (const s of all) byKey.set(s.slug, s);
  return { all, byKey, byId: new Map(all.map((s) => [s.id, s])) };
}

function readIndex(db: Db): CatalogIndex {
  const version = readVersion();
  let index = cache.get(db);
  if (!index || index.version !== version) {
    index = { ...loadCatalog(db), version };
    cache.set(db, index);
  }
  return index;
}

/** Drops every cached copy of the catalog after it was edited. */
export function invalidateCatalog(db: Db): void {
  cache.delete(db);
  (globalThis as WithVersion)[VERSION] = readVersion() + 1;
}

/** Visible services, most popular first. */
export function listServices(db: Db): Service[] {
  return readIndex(db).all.filter((s) => !s.hidden);
}

/** Every service, hidden ones too (for operators), most popular first. */
export function listAllServices(db: Db): Service[] {
  return readIndex(db).all;
}

/** A visible service by slug, name or alias (case-insensitive). */
export function findService(db: Db, key: string): Service | undefined {
  const hit = readIndex(db).byKey.get(key.trim().toLowerCase());
  return hit && !hit.hidden ? hit : undefined;
}

/** A service's name in a language: its local name there (微信), else its English name. */
export function nameIn(service: Pick<Service, "name" | "names">, locale: string): string {
  return (locale !== "en" && service.names[locale as keyof LocalNames]) || service.name;
}

export function findServiceById(db: Db, id: number): Service | undefined {
  return readIndex(db).byId.get(id);
}
