import type { Catalog } from "@/lib/catalog/read-catalog";
import { groupPath, makeEventId, type EventServiceRef, type OutboxEvent } from "@/lib/events/event-types";
import { phraseCountry } from "./country-phrase";
import type { StoredGroup } from "./store/correlation-store";
import type { GroupExplanation, Member } from "./types";

const listNames = (names: string[]) => (names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
const region = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const country = (code: string) => phraseCountry({ code, name: region.of(code) ?? code });
const hhmm = (t: number) => `${new Date(t).toISOString().slice(11, 16)} UTC`;

/**
 * group.opened for a group Downwire just formed (open, two or more members), written in the same transaction: the
 * likely cause first when there is one, then the members. Its id is stable per group.
 */
export function deriveGroupOpenedEvent({ group, members, catalog }: { group: StoredGroup; members: readonly Member[]; catalog: Catalog }): OutboxEvent | null {
  if (group.endedAt !== null || members.length < 2) return null;
  const explanation = JSON.parse(group.explanation) as GroupExplanation;
  const ref = (id: number): EventServiceRef | null => {
    const s = catalog.findById(id);
    return s ? { slug: s.slug, name: s.name } : null;
  };
  const memberRefs = members.map((m) => ref(m.serviceId)).filter((r) => r !== null);
  const lead = explanation.causes[0];
  const cause = lead?.kind === "upstream" ? ref(lead.serviceId) : null;
  const services = cause ? [cause, ...memberRefs.filter((m) => m.slug !== cause.slug)] : memberRefs;
  const names = listNames(memberRefs.map((m) => m.name));
  const headline = cause
    ? `Likely ${cause.name} problem: ${members.length} services spiking since ${hhmm(group.startedAt)}`
    : lead?.kind === "local"
      ? `${members.length} services spiking in ${country(lead.country)} since ${hhmm(group.startedAt)}`
      : `${members.length} services spiking since ${hhmm(group.startedAt)}`;
  const sentence = cause
    ? `${names} are having problems together since ${hhmm(group.startedAt)}; the likely shared cause is ${cause.name}.`
    : lead?.kind === "local"
      ? `${names} are having problems together since ${hhmm(group.startedAt)}, mostly reported from ${country(lead.country)}: likely a local problem.`
      : `${names} are having problems together since ${hhmm(group.startedAt)}; no shared cause is known yet.`;
  return {
    id: makeEventId("group.opened", `group:${group.id}`, group.startedAt),
    type: "group.opened",
    occurredAt: group.startedAt,
    serviceIds: [...new Set(members.map((m) => m.serviceId).concat(lead?.kind === "upstream" ? [lead.serviceId] : []))],
    data: {
      service: cause,
      services,
      verdict: "outage",
      previousVerdict: null,
      sentence,
      since: new Date(group.startedAt).toISOString(),
      counts: null,
      incident: null,
      group: { id: group.id, path: groupPath(group.id), headline, kind: explanation.kind },
      official: null,
      path: groupPath(group.id),
    },
  };
}
