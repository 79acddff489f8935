import type { Indicator, OfficialIncident, OfficialReading } from "../types";

/** A vendor incident as the store keeps it (times in epoch ms). */
export interface IncidentRecord {
  vendorId: string;
  name: string;
  impact: Indicator;
  status: string;
  startedAt: number;
  acknowledgedAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  url: string | null;
  components: string[];
  updates: OfficialIncident["updates"];
}

/** One change of state the vendor showed: the page's indicator or a component's status. */
export interface StateChange {
  subject: "page" | "component";
  name: string;
  from: string | null;
  to: string;
  at: number;
}

export const toRecord = (i: OfficialIncident): IncidentRecord => ({
  vendorId: i.id,
  name: i.name,
  impact: i.impact,
  status: i.status,
  startedAt: Date.parse(i.startedAt),
  acknowledgedAt: Date.parse(i.acknowledgedAt),
  updatedAt: Date.parse(i.updatedAt),
  resolvedAt: i.resolvedAt === null ? null : Date.parse(i.resolvedAt),
  url: i.url,
  components: i.components,
  updates: i.updates,
});

const same = (a: IncidentRecord, b: IncidentRecord) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a new reading changes in the stored history: incidents to insert or update (from the reading, and from a
 * history payload when one was fetched), open incidents that vanished from a reading that lists every open incident
 * (closed with the history's resolution time if it has one, else now), and the page's and components' state changes
 * against the previous reading. Pure: the store applies the result in one transaction.
 */
export function reconcile({
  previous,
  reading,
  history,
  stored,
  now,
}: {
  previous: OfficialReading | null;
  reading: OfficialReading;
  history: OfficialReading | null;
  /** The source's incidents as stored: its open ones and any the new payloads mention. */
  stored: IncidentRecord[];
  now: number;
}): { upserts: IncidentRecord[]; changes: StateChange[] } {
  const known = new Map(stored.map((r) => [r.vendorId, r]));
  const next = new Map<string, IncidentRecord>();
  // History first, then the current state, which is newer where they overlap.
  for (const i of [...(history?.resolvedIncidents ?? []), ...(history?.incidents ?? []), ...reading.resolvedIncidents, ...reading.incidents]) next.set(i.id, toRecord(i));
  if (reading.listsIncidents) {
    const open = new Set(reading.incidents.map((i) => i.id));
    for (const r of stored) {
      if (r.resolvedAt !== null || open.has(r.vendorId)) continue;
      const fromHistory = next.get(r.vendorId);
      if (fromHistory && fromHistory.resolvedAt !== null) continue;
      // Gone from the list of open incidents and no history says when: over by now.
      next.set(r.vendorId, { ...r, ...(fromHistory ?? {}), status: "resolved", resolvedAt: Math.max(now, r.acknowledgedAt), updatedAt: Math.max(now, r.updatedAt) });
    }
  }
  const upserts = [...next.values()].filter((r) => {
    const before = known.get(r.vendorId);
    return !before || !same(before, r);
  });
  return { upserts, changes: stateChanges(previous, reading, now) };
}

/** The page's indicator and each component's status, compared with the previous reading (absent = operational). */
export function stateChanges(previous: OfficialReading | null, reading: OfficialReading, now: number): StateChange[] {
  const changes: StateChange[] = [];
  if (!previous || previous.indicator !== reading.indicator) changes.push({ subject: "page", name: "", from: previous?.indicator ?? null, to: reading.indicator, at: now });
  const before = new Map((previous?.components ?? []).map((c) => [c.name, c.status as string]));
  const after = new Map(reading.components.map((c) => [c.name, c.status as string]));
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(name) ?? (previous ? "operational" : null);
    const to = after.get(name) ?? "operational";
    if (from !== to) changes.push({ subject: "component", name, from, to, at: now });
  }
  return changes.sort((a, b) => a.subject.localeCompare(b.subject) || a.name.localeCompare(b.name));
}
