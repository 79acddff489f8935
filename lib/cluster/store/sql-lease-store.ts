import type { LeaseFence, SqlClient } from "@/db/sql-client";
import type { LeaseStore } from "./lease-store";

/** Leases in SQL both dialects run, timed by the database's own clock (node clocks may disagree). */
export class SqlLeaseStore implements LeaseStore {
  constructor(private readonly sql: SqlClient) {}

  async acquire(name: string, holder: string, ttlMs: number): Promise<LeaseFence | null> {
    const now = this.sql.clockSql;
    // One statement: insert, renew (same holder), or take over an expired lease with the next epoch; else nothing.
    const row = await this.sql.get<{ epoch: number }>(
      `INSERT INTO leases (name, holder, epoch, expires_at) VALUES (?, ?, 1, ${now} + ?)
       ON CONFLICT (name) DO UPDATE SET
         epoch = CASE WHEN leases.holder = excluded.holder THEN leases.epoch ELSE leases.epoch + 1 END,
         holder = excluded.holder,
         expires_at = excluded.expires_at
       WHERE leases.holder = excluded.holder OR leases.expires_at < ${now}
       RETURNING epoch`,
      [name, holder, ttlMs],
    );
    return row ? { name, holder, epoch: Number(row.epoch) } : null;
  }

  async release(name: string, holder: string): Promise<void> {
    await this.sql.run(`UPDATE leases SET expires_at = 0 WHERE name = ? AND holder = ?`, [name, holder]);
  }
}
