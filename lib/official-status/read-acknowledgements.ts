import { LONG_LOOKBACK_MS, lagMinutes, matchAcknowledgement, type VendorWord } from "./acknowledgement-lag";
import type { OfficialStatusStore, PageChange, StoredIncident } from "./store/official-status-store";

/** A crowd incident, as far as its acknowledgement needs it. */
export interface CrowdIncidentSpan {
  id: number;
  serviceId: number;
  startedAt: number;
  endedAt: number | null;
}

export interface Acknowledgement {
  /** When the vendor first said something was wrong (its own timestamp), ms. */
  acknowledgedAt: number;
  /** Minutes from the crowd's surge to that word; negative when the vendor spoke first. */
  lagMinutes: number;
  word: VendorWord;
}

const PROBLEM = new Set(["minor", "major", "critical"]);

export const incidentWord = (i: StoredIncident): VendorWord => ({ kind: "incident", vendorId: i.vendorId, name: i.name, impact: i.impact, url: i.url, at: i.acknowledgedAt, resolvedAt: i.resolvedAt });

/** A page turning from all-operational to a problem; the first reading of a source is not the vendor speaking. */
export const pageWord = (c: PageChange): VendorWord | null =>
  c.from === "none" && PROBLEM.has(c.to) ? { kind: "page", vendorId: null, name: `Status page: ${c.to}`, impact: c.to, url: null, at: c.at, resolvedAt: null } : null;

/**
 * The vendor's acknowledgement of each crowd incident (absent when it said nothing): two reads for any number of
 * incidents, the vendor incidents and page changes of their services around their spans.
 */
export async function readAcknowledgements(official: OfficialStatusStore, spans: readonly CrowdIncidentSpan[], now: number): Promise<Map<number, Acknowledgement>> {
  const out = new Map<number, Acknowledgement>();
  if (!spans.length) return out;
  const serviceIds = [...new Set(spans.map((s) => s.serviceId))];
  const from = Math.min(...spans.map((s) => s.startedAt)) - LONG_LOOKBACK_MS;
  const to = Math.max(...spans.map((s) => s.endedAt ?? now));
  const [incidents, changes] = await Promise.all([official.readIncidentsBetween(serviceIds, from, to), official.readPageChanges(serviceIds, from, to)]);
  const words = new Map<number, VendorWord[]>();
  const add = (serviceId: number, w: VendorWord | null) => {
    if (w) (words.get(serviceId) ?? words.set(serviceId, []).get(serviceId)!).push(w);
  };
  for (const i of incidents) add(i.serviceId, incidentWord(i));
  for (const c of changes) add(c.serviceId, pageWord(c));
  for (const span of spans) {
    const word = matchAcknowledgement(span, words.get(span.serviceId) ?? [], now);
    if (word) out.set(span.id, { acknowledgedAt: word.at, lagMinutes: lagMinutes(span.startedAt, word.at), word });
  }
  return out;
}
