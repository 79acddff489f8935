import type { Db } from "@/db/client";

export type DismissResult = { ok: true; serviceId: number } | { ok: false; reason: "not_found" };

/**
 * Closes an incident an operator judged wrong (a brigade, a test), with a public note. The detector is told to
 * stand down on that service at its next tick, treating the dismissal as an ended outage (see standDownDetector).
 */
export function dismissIncident({ db, now, id, note }: { db: Db; now: number; id: number; note: string }): DismissResult {
  const row = db.$client.prepare("SELECT service_id AS s, ended_at AS e FROM incidents WHERE id = ?").get(id) as { s: number; e: number | null } | undefined;
  if (!row) return { ok: false, reason: "not_found" };
  db.$client.transaction(() => {
    db.$client.prepare("UPDATE incidents SET ended_at = COALESCE(ended_at, ?), note = ?, closed_by = 'operator' WHERE id = ?").run(now, note, id);
    if (row.e === null) db.$client.prepare("INSERT INTO detector_resets (service_id, requested_at) VALUES (?, ?) ON CONFLICT DO UPDATE SET requested_at = excluded.requested_at").run(row.s, now);
  })();
  return { ok: true, serviceId: row.s };
}
