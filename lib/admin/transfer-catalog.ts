import { CATALOG } from "@/lib/catalog/catalog-data";
import { invalidateCatalog, readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { CatalogFileSchema, type CatalogFile, type ServiceInput } from "@/lib/catalog/schemas";
import type { ServiceSeed } from "@/lib/catalog/types";
import { toFieldErrors } from "@/lib/http/field-errors";
import { saveService } from "./save-service";
import type { AdminStore } from "./store/admin-store";

/** The whole catalog, hidden services included, in the file format import reads back. */
export async function exportCatalog({ catalog }: { catalog: CatalogStore }): Promise<CatalogFile> {
  return {
    format: "downwire-catalog",
    version: 1,
    services: (await readCatalog(catalog)).all.map((s) => ({
      slug: s.slug,
      name: s.name,
      category: s.category,
      url: s.url,
      names: s.names,
      aliases: s.aliases,
      dependsOn: s.dependsOn,
      markets: s.markets,
      popularity: s.popularity,
      hidden: s.hidden,
      officialStatus: s.officialStatus,
    })),
  };
}

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; errors: Record<string, string> };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/** True when an imported service says exactly what the seed says (visible, same fields; alias and dependency order aside). */
export function matchesSeed(input: ServiceInput, seed: ServiceSeed | undefined): boolean {
  if (!seed || input.hidden) return false;
  return (
    input.name === seed.name &&
    input.category === seed.category &&
    input.url === seed.url &&
    (input.names["zh-CN"] ?? "") === (seed.names?.["zh-CN"] ?? "") &&
    input.popularity === seed.popularity &&
    input.markets.join() === seed.markets.join() &&
    sameSet(input.aliases, seed.aliases) &&
    sameSet(input.dependsOn, seed.dependsOn) &&
    (input.officialStatus?.format ?? null) === (seed.officialStatus?.format ?? null) &&
    (input.officialStatus?.url ?? null) === (seed.officialStatus?.url ?? null)
  );
}

/**
 * Adds and updates services from a catalog file (nothing is deleted). All or nothing: services first, then their
 * dependencies, so a file may list a service before what it depends on. Only services that differ from the seed
 * become the operator's; one the file gives exactly as the seed does stays (or becomes again) the seed's, so an
 * export re-imported elsewhere does not detach the whole catalog from future seed updates.
 */
export async function importCatalog({ admin, now, text, seed = CATALOG }: { admin: AdminStore; now: number; text: string; seed?: readonly ServiceSeed[] }): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: { file: "not valid JSON" } };
  }
  const parsed = CatalogFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const existing = new Set((await admin.readServiceIds()).keys());
  const seeds = new Map(seed.map((s) => [s.slug, s]));
  let created = 0;
  let updated = 0;
  const errors: Record<string, string> = {};
  try {
    await admin.transaction(async (tx) => {
      for (const pass of ["services", "dependencies"] as const) {
        for (const input of parsed.data.services) {
          const known = existing.has(input.slug) || pass === "dependencies";
          const source = matchesSeed(input, seeds.get(input.slug)) ? "seed" : "operator";
          const r = await saveService({ admin: tx, now, input: pass === "services" ? { ...input, dependsOn: [] } : input, originalSlug: known ? input.slug : undefined, source });
          if (!r.ok) for (const [k, v] of Object.entries(r.fields)) errors[`${input.slug}.${k}`] = v;
          else if (pass === "services") existing.has(input.slug) ? updated++ : created++;
        }
        if (Object.keys(errors).length) throw new ImportAborted();
      }
    });
  } catch (error) {
    if (!(error instanceof ImportAborted)) throw error;
    invalidateCatalog();
    return { ok: false, errors };
  }
  return { ok: true, created, updated };
}

/** Thrown inside the import's transaction to roll every change back. */
class ImportAborted extends Error {}
