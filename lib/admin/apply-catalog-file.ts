import { CatalogFileError, readCatalogFile } from "@/lib/catalog/read-catalog-file";
import type { ServiceSeed } from "@/lib/catalog/types";
import type { AdminStore } from "./store/admin-store";
import { importCatalog } from "./transfer-catalog";

/**
 * CATALOG_FILE at start-up: the file is checked first (every problem named by entry and field), then upserted as
 * an import is (all or nothing; services it gives exactly as the seed does stay the seed's). Throws
 * CatalogFileError, which stops start-up, when the file is unreadable or does not fit the catalog.
 */
export async function applyCatalogFile({ admin, now, filePath, seed }: { admin: AdminStore; now: number; filePath: string; seed?: readonly ServiceSeed[] }): Promise<{ created: number; updated: number }> {
  const file = readCatalogFile(filePath);
  const result = await importCatalog({ admin, now, text: JSON.stringify(file), seed });
  if (!result.ok) {
    const problems = Object.entries(result.errors).map(([key, message]) => {
      const [slug, ...field] = key.split(".");
      const index = file.services.findIndex((s) => s.slug === slug);
      return `${index >= 0 ? `services[${index}] "${slug}"` : slug} → ${field.join(".") || "entry"}: ${message}`;
    });
    throw new CatalogFileError(`CATALOG_FILE ${filePath}: ${problems.join("; ")}`);
  }
  return { created: result.created, updated: result.updated };
}
