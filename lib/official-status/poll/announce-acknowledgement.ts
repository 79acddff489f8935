import type { DetectionStore } from "@/lib/detection/store/detection-store";
import type { OutboxEvent } from "@/lib/events/event-types";
import { FRESH_ACK_MS, LONG_LOOKBACK_MS, matchAcknowledgement, type VendorWord } from "../acknowledgement-lag";
import { deriveAcknowledgedEvent } from "../acknowledgement-event";
import { incidentWord, pageWord } from "../read-acknowledgements";
import type { OfficialStatusStore } from "../store/official-status-store";
import type { Indicator } from "../types";
import type { IncidentRecord, StateChange } from "./reconcile";

/**
 * The official.acknowledged event a good poll of a service's source calls for, if any, to be written in the poll's
 * own transaction. The service's latest crowd incident is acknowledged when the vendor's first word on it, by the
 * incident page's rule (matchAcknowledgement over what is stored plus what this poll is about to store), falls
 * within it; it is news while that word, or the incident's detection when the vendor spoke first, is at most
 * FRESH_ACK_MS old. Every poll in that window asks again and derives the same event id, so a poll lost to a crash
 * or a lost lease is made good by the next, and the outbox keeps one.
 */
export async function announceAcknowledgement({ official, detection, service, upserts, changes, indicator, now }: {
  official: OfficialStatusStore;
  detection: DetectionStore;
  service: { id: number; slug: string; name: string };
  /** Vendor incidents this poll inserts or updates. */
  upserts: readonly IncidentRecord[];
  /** State changes this poll records. */
  changes: readonly StateChange[];
  indicator: Indicator;
  now: number;
}): Promise<OutboxEvent | null> {
  const [crowd] = await detection.listIncidents({ serviceId: service.id, state: "all", limit: 1 });
  // Over for longer than the window: no word within it can be news (most polls stop here, after one indexed read).
  if (!crowd || (crowd.endedAt !== null && now - crowd.endedAt > FRESH_ACK_MS)) return null;
  const from = crowd.startedAt - LONG_LOOKBACK_MS;
  const to = crowd.endedAt ?? now;
  const [stored, pageChanges] = await Promise.all([official.readIncidentsBetween([service.id], from, to), official.readPageChanges([service.id], from, to)]);
  // This poll's version of an incident replaces the stored one (its first word may have moved earlier).
  const incidents = new Map(stored.map((i) => [i.vendorId, i]));
  for (const u of upserts) incidents.set(u.vendorId, { ...u, serviceId: service.id });
  const words: VendorWord[] = [...incidents.values()].map(incidentWord);
  for (const c of [...pageChanges, ...changes.filter((c) => c.subject === "page").map((c) => ({ serviceId: service.id, from: c.from, to: c.to, at: c.at }))]) {
    const w = pageWord(c);
    if (w) words.push(w);
  }
  const word = matchAcknowledgement(crowd, words, now);
  if (!word || now - Math.max(word.at, crowd.detectedAt) > FRESH_ACK_MS) return null;
  const vendorStatus = word.kind === "incident" && word.vendorId !== null ? (incidents.get(word.vendorId)?.status ?? null) : null;
  return deriveAcknowledgedEvent({ service, crowd, word, vendorStatus, indicator });
}
