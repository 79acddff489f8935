import { CATALOG } from "./catalog-data";
import { invalidateCatalog } from "./read-catalog";
import type { CatalogStore } from "./store/catalog-store";
import type { ServiceSeed } from "./types";

/**
 * Makes the database's catalog match the seed code: inserts new services, updates changed ones, and hides
 * (never deletes) services the seed no longer lists, so their history stays citable. Services an operator has
 * added or edited in /admin (source "operator") are left exactly as the operator left them.
 */
export async function upsertCatalog({ catalog, now, seed = CATALOG }: { catalog: CatalogStore; now: number; seed?: readonly ServiceSeed[] }): Promise<number> {
  await catalog.applySeed(seed, now);
  invalidateCatalog();
  return seed.length;
}
