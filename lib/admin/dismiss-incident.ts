import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { deriveDismissalEvent } from "@/lib/detection/incident-events";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import type { AdminStore } from "./store/admin-store";

export type DismissResult = { ok: true; serviceId: number } | { ok: false; reason: "not_found" };

/**
 * Closes an incident an operator judged wrong (a brigade, a test), with a public note. The detector is told to
 * stand down on that service at its next tick, treating the dismissal as an ended outage (see standDownDetector).
 * With the stores to name it, subscribers told of the incident are told it is over (an outbox event in the same commit).
 */
export async function dismissIncident({ admin, detection, catalog, now, id, note }: { admin: AdminStore; detection?: DetectionStore; catalog?: CatalogStore; now: number; id: number; note: string }): Promise<DismissResult> {
  const incident = detection ? await detection.readIncident(id) : null;
  const service = incident && catalog ? (await readCatalog(catalog)).findById(incident.serviceId) : undefined;
  const event = incident && service && incident.endedAt === null ? deriveDismissalEvent({ service, incidentId: id, at: now, note }) : undefined;
  const r = await admin.dismissIncident(id, note, now, event);
  return r ? { ok: true, serviceId: r.serviceId } : { ok: false, reason: "not_found" };
}
