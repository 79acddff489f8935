import type { LeaseFence } from "@/db/sql-client";

/** Leases on named jobs: at most one node holds each at a time, by the database's clock. */
export interface LeaseStore {
  /**
   * Takes the lease when it is free or expired, or renews it when this holder has it, for `ttlMs` from the database's
   * now. Resolves with the fence a leader's writes commit under, or null while another node holds it.
   */
  acquire(name: string, holder: string, ttlMs: number): Promise<LeaseFence | null>;
  /** Gives the lease up at once (a node stopping), so another takes over without waiting for it to expire. */
  release(name: string, holder: string): Promise<void>;
}
