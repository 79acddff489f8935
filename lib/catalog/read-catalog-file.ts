import fs from "node:fs";
import { CatalogFileSchema, type CatalogFile } from "./schemas";

/** A CATALOG_FILE that cannot be used; its message names the file, the entry and the field. */
export class CatalogFileError extends Error {}

/**
 * Reads and validates the operator's catalog file (the export format of /admin/catalog.json). Every problem is
 * reported at once, each as `services[3] "github" → officialStatus.url: an http(s) address`, so an operator who
 * keeps the catalog in version control fixes it in one go. Nothing is written here.
 */
export function readCatalogFile(filePath: string): CatalogFile {
  let text: string;
  try {
    text = fs.readFileSync(filePath, "utf8");
  } catch (error) {
    throw new CatalogFileError(`CATALOG_FILE ${filePath}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseCatalogText(text, `CATALOG_FILE ${filePath}`);
}

/** Validates catalog JSON; `label` starts every message. */
export function parseCatalogText(text: string, label: string): CatalogFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CatalogFileError(`${label}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = CatalogFileSchema.safeParse(json);
  const problems: string[] = [];
  if (!parsed.success) {
    const services = (json as { services?: unknown })?.services;
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const [top, index, ...field] = issue.path;
      if (top === "services" && typeof index === "number") {
        const slug = Array.isArray(services) ? (services[index] as { slug?: unknown })?.slug : undefined;
        const entry = typeof slug === "string" && slug ? `services[${index}] "${slug}"` : `services[${index}]`;
        problems.push(`${entry} → ${field.length ? field.join(".") : "entry"}: ${issue.message}`);
      } else problems.push(`${issue.path.length ? issue.path.join(".") : "file"}: ${issue.message}`);
    }
    if (parsed.error.issues.length > 20) problems.push(`… and ${parsed.error.issues.length - 20} more`);
  } else {
    const seen = new Map<string, number>();
    parsed.data.services.forEach((s, i) => {
      if (seen.has(s.slug)) problems.push(`services[${i}] "${s.slug}" → slug: also used by services[${seen.get(s.slug)}]`);
      else seen.set(s.slug, i);
    });
  }
  if (problems.length) throw new CatalogFileError(`${label}: ${problems.join("; ")}`);
  return parsed.data!;
}
