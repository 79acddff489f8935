import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceDependencies, services } from "@/db/schema";
import { CATALOG } from "./catalog-data";
import { invalidateCatalog } from "./read-catalog";
import type { ServiceSeed } from "./types";

/**
 * Makes the database's catalog match the seed code: inserts new services, updates changed ones, and hides
 * (never deletes) services the seed no longer lists, so their history stays citable. Services an operator has
 * added or edited in /admin (source "operator") are left exactly as the operator left them.
 */
export function upsertCatalog({ db, now, catalog = CATALOG }: { db: Db; now: number; catalog?: readonly ServiceSeed[] }): number {
  db.transaction((tx) => {
    const operated = new Set(tx.select({ slug: services.slug }).from(services).where(eq(services.source, "operator")).all().map((r) => r.slug));
    for (const s of catalog) {
      if (operated.has(s.slug)) continue;
      const values = {
        slug: s.slug,
        name: s.name,
        category: s.category,
        url: s.url,
        names: JSON.stringify(s.names ?? {}),
        aliases: JSON.stringify(s.aliases),
        markets: JSON.stringify(s.markets),
        popularity: s.popularity,
        hidden: false,
        updatedAt: now,
      };
      tx.insert(services).values(values).onConflictDoUpdate({ target: services.slug, set: values }).run();
    }
    const slugs = catalog.map((s) => s.slug);
    if (slugs.length) tx.update(services).set({ hidden: true, updatedAt: now }).where(and(notInArray(services.slug, slugs), eq(services.source, "seed"))).run();
    const ids = new Map(tx.select({ id: services.id, slug: services.slug }).from(services).all().map((r) => [r.slug, r.id]));
    const seeded = tx.select({ id: services.id }).from(services).where(eq(services.source, "seed")).all().map((r) => r.id);
    if (seeded.length) tx.delete(serviceDependencies).where(inArray(serviceDependencies.serviceId, seeded)).run();
    for (const s of catalog) {
      if (operated.has(s.slug)) continue;
      for (const upstream of s.dependsOn) {
        const dependsOnId = ids.get(upstream);
        if (dependsOnId !== undefined) tx.insert(serviceDependencies).values({ serviceId: ids.get(s.slug)!, dependsOnId }).run();
      }
    }
  });
  invalidateCatalog(db);
  return catalog.length;
}
