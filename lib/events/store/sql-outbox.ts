import type { SqlClient } from "@/db/sql-client";
import type { OutboxEvent } from "../event-types";

/**
 * Appends events to the outbox on `tx`, the transaction that makes the change they announce, so an event exists
 * exactly when its change does. An id already there (a tick replayed by a new leader) is kept as it was. Resolves
 * with the ids that were new.
 */
export async function writeOutboxEvents(tx: SqlClient, events: readonly OutboxEvent[], now: number): Promise<string[]> {
  const written: string[] = [];
  for (const e of events) {
    const added = await tx.run("INSERT INTO event_outbox (id, type, occurred_at, service_ids, data, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", [
      e.id,
      e.type,
      e.occurredAt,
      JSON.stringify(e.serviceIds),
      JSON.stringify(e.data),
      now,
    ]);
    if (added > 0) written.push(e.id);
  }
  return written;
}
