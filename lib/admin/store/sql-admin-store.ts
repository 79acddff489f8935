import type { OutboxEvent } from "@/lib/events/event-types";
import { writeOutboxEvents } from "@/lib/events/store/sql-outbox";
import type { SqlClient, TransactionOptions } from "@/db/sql-client";
import { bumpCatalogVersion } from "@/lib/catalog/store/sql-catalog-store";
import type { AdminStore, ServiceValues } from "./admin-store";

/** The operator's writes in SQL both dialects run. */
export class SqlAdminStore implements AdminStore {
  constructor(private readonly sql: SqlClient) {}

  transaction<T>(fn: (tx: AdminStore) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.sql.transaction((tx) => fn(new SqlAdminStore(tx)), options);
  }

  async readServiceIds(): Promise<Map<string, number>> {
    return new Map((await this.sql.all<{ id: number; slug: string }>("SELECT id, slug FROM services")).map((r) => [r.slug, r.id]));
  }

  saveService(v: ServiceValues, existingId: number | undefined, dependsOnIds: readonly number[], now: number): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const values = [v.slug, v.name, v.category, v.url, v.names, v.aliases, v.markets, v.popularity, v.hidden ? 1 : 0, v.source, now, v.officialFormat, v.officialUrl];
      let id = existingId;
      if (id === undefined) {
        const row = await tx.get<{ id: number }>(
          "INSERT INTO services (slug, name, category, url, names, aliases, markets, popularity, hidden, source, updated_at, official_format, official_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          values,
        );
        id = row!.id;
      } else {
        await tx.run(
          "UPDATE services SET slug = ?, name = ?, category = ?, url = ?, names = ?, aliases = ?, markets = ?, popularity = ?, hidden = ?, source = ?, updated_at = ?, official_format = ?, official_url = ? WHERE id = ?",
          [...values, id],
        );
      }
      await tx.run("DELETE FROM service_dependencies WHERE service_id = ?", [id]);
      for (const d of new Set(dependsOnIds)) await tx.run("INSERT INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?)", [id, d]);
      await bumpCatalogVersion(tx);
      return id;
    });
  }

  dismissIncident(id: number, note: string, now: number, event?: OutboxEvent): Promise<{ serviceId: number } | null> {
    return this.sql.transaction(async (tx) => {
      const row = await tx.get<{ s: number; e: number | null }>("SELECT service_id AS s, ended_at AS e FROM incidents WHERE id = ?", [id]);
      if (!row) return null;
      await tx.run("UPDATE incidents SET ended_at = COALESCE(ended_at, ?), note = ?, closed_by = 'operator' WHERE id = ?", [now, note, id]);
      if (row.e === null) {
        await tx.run("INSERT INTO detector_resets (service_id, requested_at) VALUES (?, ?) ON CONFLICT (service_id) DO UPDATE SET requested_at = excluded.requested_at", [row.s, now]);
        if (event) await writeOutboxEvents(tx, [event], now);
      }
      return { serviceId: row.s };
    });
  }
}
