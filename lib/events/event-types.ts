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

/** The vendor's acknowledgement an official.acknowledged event reports. */
export interface EventOfficial {
  /** When the vendor first said so in public (its own timestamp, ISO). */
  acknowledgedAt: string;
  /** Minutes from the crowd incident's start to that word; negative when the vendor spoke first. */
  lagMinutes: number | null;
  /** "incident": the vendor published an incident; "page": its page turned from all operational to a problem. */
  kind: "incident" | "page";
  /** The vendor incident's title (for a page change, "Status page: <indicator>"). */
  title: string;
  /** The vendor's incident page, when it gives one. */
  url: string | null;
  vendorIncidentId: string | null;
  /** The incident's stage in the vendor's words (investigating, identified, …); null for a page change. */
  status: string | null;
  /** How bad the vendor says it is: minor, major, critical (or unknown where its format does not say). */
  impact: string;
  /** The vendor page's overall indicator as last read: none, minor, major, critical, maintenance or unknown. */
  indicator: string;
}

/** An event's words for people in one language: alerts go out in each subscriber's language. */
export interface EventWords {
  sentence: string;
  /** The service's name there (微信), for an event about one service. */
  name: string | null;
  /** group.opened: the group's headline. */
  headline: string | null;
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
  /** official.acknowledged: what the vendor said, when, and how long after the crowd's surge began. */
  official: EventOfficial | null;
  /** The page to open. */
  path: string;
  /**
   * The sentence, name and headline in the site's other languages, by locale ("zh-CN"); English is the fields above.
   * Events written before alerts spoke other languages have none (their alerts are in English).
   */
  translations?: Record<string, EventWords>;
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
