import type { CatalogStore } from "./store/catalog-store";
import { OfficialStatusSourceSchema, type OfficialStatusSource } from "./official-source";
import { readPinyin } from "./pinyin";
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
  /** Where the vendor publishes its own machine-readable status; null when it names none. */
  officialStatus: OfficialStatusSource | null;
}

/** A stored source, or null if none (or one a later version no longer reads). */
function toOfficialStatus(format: string | null, url: string | null): OfficialStatusSource | null {
  if (!format || !url) return null;
  const parsed = OfficialStatusSourceSchema.safeParse({ format, url });
  return parsed.success ? parsed.data : null;
}

/** The catalog in memory: intake resolves a service on every report, pages on every request. */
export class Catalog {
  private readonly byKey = new Map<string, Service>();
  private readonly byId: Map<number, Service>;

  constructor(readonly all: readonly Service[]) {
    // Later keys win a clash: names in other languages and their pinyin, then aliases, then names, then slugs.
    for (const s of all) {
      for (const local of Object.values(s.names)) {
        if (!local) continue;
        this.byKey.set(local.toLowerCase(), s);
        const p = readPinyin(local);
        if (p) this.byKey.set(p.full, s);
      }
    }
    for (const s of all) for (const alias of s.aliases) this.byKey.set(alias.toLowerCase(), s);
    for (const s of all) this.byKey.set(s.name.toLowerCase(), s);
    for (const s of all) this.byKey.set(s.slug, s);
    this.byId = new Map(all.map((s) => [s.id, s]));
  }

  /** Visible services, most popular first. */
  list(): Service[] {
    return this.all.filter((s) => !s.hidden);
  }

  /** A visible service by slug, name or alias (case-insensitive). */
  find(key: string): Service | undefined {
    const hit = this.byKey.get(key.trim().toLowerCase());
    return hit && !hit.hidden ? hit : undefined;
  }

  /** Any service, hidden ones too. */
  findById(id: number): Service | undefined {
    return this.byId.get(id);
  }
}

/** A service's name in a language: its local name there (微信), else its English name. */
export function nameIn(service: Pick<Service, "name" | "names">, locale: string): string {
  return (locale !== "en" && service.names[locale as keyof LocalNames]) || service.name;
}

/**
 * How long a node trusts its copy before asking the database whether the catalog changed (an operator's edit on
 * another node); an edit on this node is seen at once.
 */
export const CATALOG_CHECK_MS = 2_000;

interface Cached {
  catalog: Catalog;
  version: number;
  local: number;
  checkedAt: number;
}

// The server and Next's bundle each load this module but share the store object: keep the copy on a per-store basis
// and the "edited here" counter on globalThis, so an edit on one side reaches the other at once.
const cache = new WeakMap<CatalogStore, Cached>();
const pending = new WeakMap<CatalogStore, Promise<Cached>>();
const LOCAL = Symbol.for("downwire.catalog-local-version");
type WithLocal = typeof globalThis & { [LOCAL]?: number };
const readLocal = () => (globalThis as WithLocal)[LOCAL] ?? 0;

async function load(store: CatalogStore, local: number): Promise<Cached> {
  const version = await store.readVersion();
  const { services, dependencies } = await store.readServices();
  const slugById = new Map(services.map((r) => [r.id, r.slug]));
  const all: Service[] = services.map((r) => ({
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
    dependsOn: dependencies.filter((d) => d.serviceId === r.id).map((d) => slugById.get(d.dependsOnId)!),
    officialStatus: toOfficialStatus(r.officialFormat, r.officialUrl),
  }));
  all.sort((a, b) => b.popularity - a.popularity || a.name.localeCompare(b.name));
  return { catalog: new Catalog(all), version, local, checkedAt: Date.now() };
}

async function refresh(store: CatalogStore, hit: Cached | undefined): Promise<Cached> {
  const local = readLocal();
  if (hit && hit.local === local) {
    const version = await store.readVersion();
    if (version === hit.version) return { ...hit, checkedAt: Date.now() };
  }
  return load(store, local);
}

/** The catalog, from memory when fresh; concurrent callers share one load. */
export async function readCatalog(store: CatalogStore): Promise<Catalog> {
  const hit = cache.get(store);
  if (hit && hit.local === readLocal() && Date.now() - hit.checkedAt < CATALOG_CHECK_MS) return hit.catalog;
  let loading = pending.get(store);
  if (!loading) {
    loading = refresh(store, hit).finally(() => pending.delete(store));
    pending.set(store, loading);
  }
  const fresh = await loading;
  cache.set(store, fresh);
  return fresh.catalog;
}

/** After this node edited the catalog: every copy in this process reloads on its next read. */
export function invalidateCatalog(): void {
  (globalThis as WithLocal)[LOCAL] = readLocal() + 1;
}
