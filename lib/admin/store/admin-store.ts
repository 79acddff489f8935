import type { TransactionOptions } from "@/db/sql-client";
import type { ServiceRow } from "@/lib/catalog/store/catalog-store";

/**
 * A service as an operator saves it (lists as JSON text), and whose it becomes: the operator's, or the seed's again
 * (a catalog import of a service exactly as the seed has it).
 */
export type ServiceValues = Omit<ServiceRow, "id">;

/** What an operator changes: services (theirs from then on), and incidents they dismiss as false alarms. */
export interface AdminStore {
  /** Runs `fn` in one transaction on a store bound to it (an import is all or nothing). */
  transaction<T>(fn: (tx: AdminStore) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Every service's id by slug, hidden ones too. */
  readServiceIds(): Promise<Map<string, number>>;
  /** Adds (no id) or updates a service, with exactly these dependencies; returns its id. */
  saveService(values: ServiceValues, existingId: number | undefined, dependsOnIds: readonly number[], now: number): Promise<number>;
  /**
   * Closes an incident as a false alarm with a public note and, if it was open, asks the detector to stand down on
   * its service at the next tick. Null for an unknown incident.
   */
  dismissIncident(id: number, note: string, now: number): Promise<{ serviceId: number } | null>;
}
