import crypto from "node:crypto";

/**
 * What happened on the site that someone may want to be told of, as the outbox holds it. Detection, correlation and
 * official status write these in the same transaction as the change itself; alerts read them and deliver. This domain
 * depends on nothing, so every writer can use it without a cycle.
 *
 * - incident.opened: a service left `ok` (its verdict is `possible`, or straight away `outage` with an incident);
 * - incident.escalated: a service that was `possible` is now in an `outage` (its incident opened);
 * - incident.resolved: a service's outage ended (its incident closed), or a `possible` episode went back to ok;
 * - group.opened: several services broke together and Downwire grouped them, naming the likely cause if it can;
 * - official.acknowledged: the vendor's own status page acknowledged a problem while Downwire had an incident open.
 */
export const EVENT_TYPES = ["incident.opened", "incident.escalated", "incident.resolved", "group.opened", "official.acknowledged"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type EventVerdict = "ok" | "possible" | "outage";

export interface EventServiceRef {
  slug: string;
  name: string;
}

export interface EventCounts {
  /** Reports in the last `windowMinutes` minutes, how many were expected, and their ratio. */
  observed: number;
  expected: number;
  ratio: number;
  windowMinutes: number;
}

export interface EventGroupRef {
  id: number;
  path: string;
  headline: string;
  kind: "upstream" | "local" | "unexplained";
}

/** An event's facts. Paths are site-relative: each subscriber's origin makes them links when delivered. */
export interface EventData {
  /** The service for incident.* and official.* events; for group.opened, the likely cause when it is a service. */
  service: EventServiceRef | null;
  /** Every service it concerns (for group.opened: the cause first, then the members). */
  services: EventServiceRef[];
  verdict: EventVerdict;
  previousVerdict: EventVerdict | null;
  /** One plain sentence that explains it, quotable as it stands. */
  sentence: string;
  /** When the episode began (ISO). */
  since: string | null;
  counts: EventCounts | null;
  incident: { id: number; path: string } | null;
  group: EventGroupRef | null;
  official: { acknowledgedAt: string; lagMinutes: number | null; title: string; url: string | null } | null;
  /** The page to open. */
  path: string;
}

export interface OutboxEvent {
  id: string;
  type: EventType;
  /** When it happened (the minute the detector decided, the vendor's acknowledgement), ms UTC. */
  occurredAt: number;
  /** Catalog ids of the services it concerns (subscriptions match on these). */
  serviceIds: number[];
  data: EventData;
}

/**
 * A stable id: the same change (type, subject, moment) always gets the same id, so a tick replayed after a crash or by
 * a new leader writes nothing twice, and a receiver can use it as its idempotency key. No "." in it: Standard Webhooks
 * signs `id.timestamp.body`.
 */
export function makeEventId(type: EventType, subject: string, at: number): string {
  return `evt_${crypto.createHash("sha256").update(`${type}|${subject}|${at}`).digest("base64url").slice(0, 24)}`;
}

/** The incident page of a service's incident. */
export const incidentPath = (slug: string, id: number) => `/status/${slug}/incidents/${id}`;
export const servicePath = (slug: string) => `/status/${slug}`;
export const groupPath = (id: number) => `/incidents/groups/${id}`;
