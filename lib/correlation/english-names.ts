import { nameCountry } from "@/lib/catalog/name-country";
import type { Catalog } from "@/lib/catalog/read-catalog";

/**
 * The API's field values stay English whatever `lang` asks for (only sentences are translated): this puts the
 * English names back on every service ({slug, name}) and country ({code, name}) a localized read produced.
 */
export function restoreEnglishNames<T>(value: T, catalog: Catalog): T {
  if (Array.isArray(value)) return value.map((v) => restoreEnglishNames(v, catalog)) as T;
  if (!value || typeof value !== "object") return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = restoreEnglishNames(v, catalog);
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.slug === "string" && typeof o.name === "string") out.name = (o.slug && catalog.find(o.slug)?.name) || o.name;
  if (keys.length === 2 && typeof o.code === "string" && typeof o.name === "string") out.name = nameCountry(o.code);
  return out as T;
}
