import { inIds, type SqlClient } from "@/db/sql-client";
import type { ServiceSeed } from "../types";
import type { CatalogStore, ServiceRow } from "./catalog-store";

export const CATALOG_VERSION_KEY = "catalog_version";

/** Bumps the catalog version; run inside the transaction that changed the catalog. */
export async function bumpCatalogVersion(tx: SqlClient): Promise<void> {
  await tx.run(
    "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
    [CATALOG_VERSION_KEY],
  );
}

/** The catalog store in SQL both dialects run. */
export class SqlCatalogStore implements CatalogStore {
  constructor(private readonly sql: SqlClient) {}

  async readServices() {
    const rows = await this.sql.all<ServiceRow>("SELECT id, slug, name, category, url, names, aliases, markets, popularity, hidden, source, official_format AS \"officialFormat\", official_url AS \"officialUrl\" FROM services");
    const dependencies = await this.sql.all<{ serviceId: number; dependsOnId: number }>("SELECT service_id AS \"serviceId\", depends_on_id AS \"dependsOnId\" FROM service_dependencies");
    return { services: rows.map((r) => ({ ...r, hidden: Boolean(r.hidden) })), dependencies };
  }

  async readVersion(): Promise<number> {
    const row = await this.sql.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [CATALOG_VERSION_KEY]);
    return row ? Number(row.value) : 0;
  }

  applySeed(catalog: readonly ServiceSeed[], now: number): Promise<void> {
    return this.sql.transaction(async (tx) => {
      const operated = new Set((await tx.all<{ slug: string }>("SELECT slug FROM services WHERE source = 'operator'")).map((r) => r.slug));
      const seeded = catalog.filter((s) => !operated.has(s.slug));
      for (const s of seeded) {
        await tx.run(
          `INSERT INTO services (slug, name, category, url, names, aliases, markets, popularity, hidden, source, updated_at, official_format, official_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?, ?, ?)
           ON CONFLICT (slug) DO UPDATE SET name = excluded.name, category = excluded.category, url = excluded.url, names = excluded.names, aliases = excluded.aliases,
             markets = excluded.markets, popularity = excluded.popularity, hidden = excluded.hidden, updated_at = excluded.updated_at,
             official_format = excluded.official_format, official_url = excluded.official_url`,
          [s.slug, s.name, s.category, s.url, JSON.stringify(s.names ?? {}), JSON.stringify(s.aliases), JSON.stringify(s.markets), s.popularity, 0, now, s.officialStatus?.format ?? null, s.officialStatus?.url ?? null],
        );
      }
      // Seed services the seed no longer lists are hidden, never deleted: their history stays citable.
      const listed = new Set(catalog.map((s) => s.slug));
      const all = await tx.all<{ id: number; slug: string; source: string }>("SELECT id, slug, source FROM services");
      const gone = all.filter((r) => r.source === "seed" && !listed.has(r.slug)).map((r) => r.id);
      if (catalog.length && gone.length) await tx.run(`UPDATE services SET hidden = ?, updated_at = ? WHERE id ${inIds(gone)}`, [1, now]);
      const ids = new Map(all.map((r) => [r.slug, r.id]));
      const seedIds = all.filter((r) => r.source === "seed").map((r) => r.id);
      if (seedIds.length) await tx.run(`DELETE FROM service_dependencies WHERE service_id ${inIds(seedIds)}`);
      for (const s of seeded) {
        for (const upstream of s.dependsOn) {
          const dependsOnId = ids.get(upstream);
          if (dependsOnId !== undefined) await tx.run("INSERT INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [ids.get(s.slug)!, dependsOnId]);
        }
      }
      await bumpCatalogVersion(tx);
    });
  }
}
