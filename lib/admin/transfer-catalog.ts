import type { Db } from "@/db/client";
import { invalidateCatalog, listAllServices } from "@/lib/catalog/read-catalog";
import { CatalogFileSchema, type CatalogFile } from "@/lib/catalog/schemas";
import { toFieldErrors } from "@/lib/reports/schemas";
import { saveService } from "./save-service";

/** The whole catalog, hidden services included, in the file format import reads back. */
export function exportCatalog({ db }: { db: Db }): CatalogFile {
  return {
    format: "downwire-catalog",
    version: 1,
    services: listAllServices(db).map((s) => ({
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
    })),
  };
}

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; errors: Record<string, string> };

/**
 * Adds and updates services from a catalog file (nothing is deleted). All or nothing: services first, then their
 * dependencies, so a file may list a service before what it depends on.
 */
export function importCatalog({ db, now, text }: { db: Db; now: number; text: string }): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: { file: "not valid JSON" } };
  }
  const parsed = CatalogFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const existing = new Set(listAllServices(db).map((s) => s.slug));
  let created = 0;
  let updated = 0;
  const errors: Record<string, string> = {};
  try {
    db.$client.transaction(() => {
      for (const pass of ["services", "dependencies"] as const) {
        for (const input of parsed.data.services) {
          const known = existing.has(input.slug) || pass === "dependencies";
          const r = saveService({ db, now, input: pass === "services" ? { ...input, dependsOn: [] } : input, originalSlug: known ? input.slug : undefined });
          if (!r.ok) for (const [k, v] of Object.entries(r.fields)) errors[`${input.slug}.${k}`] = v;
          else if (pass === "services") existing.has(input.slug) ? updated++ : created++;
        }
        if (Object.keys(errors).length) throw new ImportAborted();
      }
    })();
  } catch (error) {
    if (!(error instanceof ImportAborted)) throw error;
    invalidateCatalog(db);
    return { ok: false, errors };
  }
  return { ok: true, created, updated };
}

/** Thrown inside the import's transaction to roll every change back. */
class ImportAborted extends Error {}
