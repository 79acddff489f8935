import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceDependencies, services } from "@/db/schema";
import { invalidateCatalog } from "@/lib/catalog/read-catalog";
import type { ServiceInput } from "@/lib/catalog/schemas";

export type SaveResult = { ok: true; slug: string; created: boolean } | { ok: false; fields: Record<string, string> };

/**
 * Adds or updates a service as an operator, with its dependencies. From then on the service is the operator's:
 * start-up's catalog refresh from the seed leaves it alone (services.source = "operator").
 */
export function saveService({ db, now, input, originalSlug }: { db: Db; now: number; input: ServiceInput; originalSlug?: string }): SaveResult {
  const all = db.select({ id: services.id, slug: services.slug }).from(services).all();
  const bySlug = new Map(all.map((r) => [r.slug, r.id]));
  const existingId = bySlug.get(originalSlug ?? input.slug);
  if (originalSlug === undefined && existingId !== undefined) return { ok: false, fields: { slug: "a service with this slug exists; edit it instead" } };
  if (originalSlug !== undefined && existingId === undefined) return { ok: false, fields: { slug: "no such service" } };
  const clash = bySlug.get(input.slug);
  if (clash !== undefined && clash !== existingId) return { ok: false, fields: { slug: "another service has this slug" } };
  const unknown = input.dependsOn.filter((d) => !bySlug.has(d));
  if (unknown.length) return { ok: false, fields: { dependsOn: `unknown services: ${unknown.join(", ")}` } };
  if (input.dependsOn.includes(input.slug) || (originalSlug && input.dependsOn.includes(originalSlug))) return { ok: false, fields: { dependsOn: "a service cannot depend on itself" } };

  const values = {
    slug: input.slug,
    name: input.name,
    category: input.category,
    url: input.url,
    names: JSON.stringify(input.names),
    aliases: JSON.stringify(input.aliases),
    markets: JSON.stringify(input.markets),
    popularity: input.popularity,
    hidden: input.hidden,
    source: "operator" as const,
    updatedAt: now,
  };
  const id = db.transaction((tx) => {
    const serviceId = existingId ?? tx.insert(services).values(values).returning({ id: services.id }).get().id;
    if (existingId !== undefined) tx.update(services).set(values).where(eq(services.id, existingId)).run();
    tx.delete(serviceDependencies).where(eq(serviceDependencies.serviceId, serviceId)).run();
    for (const d of new Set(input.dependsOn)) tx.insert(serviceDependencies).values({ serviceId, dependsOnId: bySlug.get(d)! }).run();
    return serviceId;
  });
  invalidateCatalog(db);
  return { ok: true, slug: input.slug, created: existingId === undefined && id !== undefined };
}
