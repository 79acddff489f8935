import type { ServiceSeed } from "../types";

/** A services row as stored (lists as JSON text). */
export interface ServiceRow {
  id: number;
  slug: string;
  name: string;
  category: string;
  url: string;
  /** JSON object of names in other languages by locale ({"zh-CN":"微信"}). */
  names: string;
  aliases: string;
  markets: string;
  popularity: number;
  hidden: boolean;
  source: "seed" | "operator";
  /** The vendor's own status source (lib/catalog/official-source.ts), or null. */
  officialFormat: string | null;
  officialUrl: string | null;
}

/** The catalog's storage: services, their dependencies, and a version every edit bumps (how other nodes notice). */
export interface CatalogStore {
  readServices(): Promise<{ services: ServiceRow[]; dependencies: { serviceId: number; dependsOnId: number }[] }>;
  /** Bumped in the same transaction as every catalog change, on any node. */
  readVersion(): Promise<number>;
  /** Makes the seed services match `catalog` (see upsertCatalog), in one transaction. */
  applySeed(catalog: readonly ServiceSeed[], now: number): Promise<void>;
}
