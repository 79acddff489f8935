import { invalidateCatalog } from "@/lib/catalog/read-catalog";
import type { ServiceInput } from "@/lib/catalog/schemas";
import type { AdminStore } from "./store/admin-store";

export type SaveResult = { ok: true; slug: string; created: boolean } | { ok: false; fields: Record<string, string> };

/**
 * Adds or updates a service as an operator, with its dependencies. From then on the service is the operator's:
 * start-up's catalog refresh from the seed leaves it alone (services.source = "operator"). The catalog import
 * passes source "seed" for a service it finds exactly as the seed has it, so the seed keeps it up to date.
 */
export async function saveService({ admin, now, input, originalSlug, source = "operator" }: { admin: AdminStore; now: number; input: ServiceInput; originalSlug?: string; source?: "seed" | "operator" }): Promise<SaveResult> {
  const bySlug = await admin.readServiceIds();
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
    source,
    officialFormat: input.officialStatus?.format ?? null,
    officialUrl: input.officialStatus?.url ?? null,
  };
  await admin.saveService(values, existingId, input.dependsOn.map((d) => bySlug.get(d)!), now);
  invalidateCatalog();
  return { ok: true, slug: input.slug, created: existingId === undefined };
}
