import type { AdminStore } from "./store/admin-store";

export type DismissResult = { ok: true; serviceId: number } | { ok: false; reason: "not_found" };

/**
 * Closes an incident an operator judged wrong (a brigade, a test), with a public note. The detector is told to
 * stand down on that service at its next tick, treating the dismissal as an ended outage (see standDownDetector).
 */
export async function dismissIncident({ admin, now, id, note }: { admin: AdminStore; now: number; id: number; note: string }): Promise<DismissResult> {
  const r = await admin.dismissIncident(id, note, now);
  return r ? { ok: true, serviceId: r.serviceId } : { ok: false, reason: "not_found" };
}
