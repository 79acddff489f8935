import type { LocalNames } from "@/lib/catalog/types";
import { incidentPath, makeEventId, servicePath, type EventCounts, type EventData, type EventType, type OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatClock } from "@/lib/i18n/format-time";
import { getTranslator } from "@/lib/i18n/translate";
import type { Status } from "./detector-state";
import { describeVerdict } from "./describe-verdict";
import { wordsInOtherLocales } from "./event-words";
import type { ServiceVerdict } from "./read-status";
import type { Verdict } from "./step-detector";

export interface TransitionService {
  id: number;
  slug: string;
  name: string;
  /** Its names in other languages (the catalog's), for the event's translations. */
  names?: LocalNames;
}

/**
 * An event about a service's incident whose incident id may not be known yet (it opens in the same commit): `I` is
 * how the caller names it until then. `finalizeIncidentEvent` fills the id in.
 */
export interface IncidentEventDraft<I> {
  event: OutboxEvent;
  incident: I | null;
}

/** The verdict as the pages and API show it, so the event's sentence is the page's sentence. */
function toServiceVerdict(v: Verdict, windowMinutes: number): ServiceVerdict {
  return {
    status: v.status,
    since: v.since === null ? null : new Date(v.since).toISOString(),
    observed: v.observed,
    expected: Math.round(v.expected * 10) / 10,
    ratio: Math.round((v.observed / Math.max(v.expected, 0.1)) * 10) / 10,
    p: Number(v.p.toPrecision(3)),
    windowMinutes,
    at: new Date(v.t).toISOString(),
    incidentId: null,
    basis: v.basis,
  };
}

/**
 * The events one detector step causes, if any: leaving ok opens, possible -> outage escalates, leaving an outage or
 * a possible episode resolves. `incident` is the incident the step opened or closed (when it did). Pure: the same
 * step always gives the same events with the same ids.
 */
export function deriveIncidentEvents<I>({ service, previous, verdict, windowMinutes, incident, since }: {
  service: TransitionService;
  previous: Status;
  verdict: Verdict;
  windowMinutes: number;
  incident: I | null;
  /** When the episode began, for a step that ends it (the detector has already forgotten it). */
  since?: number | null;
}): IncidentEventDraft<I>[] {
  const now = verdict.status;
  let type: EventType | null = null;
  if (previous === "ok" && now !== "ok") type = "incident.opened";
  else if (previous === "possible" && now === "outage") type = "incident.escalated";
  else if ((previous === "outage" && now !== "outage") || (previous === "possible" && now === "ok")) type = "incident.resolved";
  if (type === null) return [];
  const sv = toServiceVerdict(verdict, windowMinutes);
  const counts: EventCounts = { observed: sv.observed, expected: sv.expected, ratio: sv.ratio, windowMinutes };
  const episodeStart = verdict.since ?? since ?? null;
  const ended = type === "incident.resolved" && previous === "outage" && now === "ok";
  const describe = (name: string, locale: Locale) => (ended ? describeEnded(name, sv, episodeStart, locale) : describeVerdict(name, sv, locale));
  const data: EventData = {
    service: { slug: service.slug, name: service.name },
    services: [{ slug: service.slug, name: service.name }],
    verdict: now,
    previousVerdict: previous,
    sentence: describe(service.name, DEFAULT_LOCALE),
    since: episodeStart === null ? null : new Date(episodeStart).toISOString(),
    counts,
    incident: null,
    group: null,
    official: null,
    path: servicePath(service.slug),
    translations: wordsInOtherLocales(service, describe),
  };
  // Only an outage has an incident; a possible episode that never became one has none.
  const withIncident = now === "outage" || previous === "outage";
  return [{ event: { id: makeEventId(type, `service:${service.id}`, verdict.t), type, occurredAt: verdict.t, serviceIds: [service.id], data }, incident: withIncident ? incident : null }];
}

function describeEnded(name: string, v: ServiceVerdict, since: number | null, locale: Locale): string {
  const t = getTranslator(locale, "events");
  const counts = t("endedCounts", { observed: v.observed, window: v.windowMinutes, expected: Math.round(v.expected) });
  return since === null ? t("ended", { name, counts }) : t("endedSince", { name, counts, since: formatClock(locale, since, DEFAULT_TIME_ZONE[locale]) });
}

function describeDismissal(name: string, note: string | null, locale: Locale): string {
  const t = getTranslator(locale, "events");
  return note ? t("dismissedNote", { name, note }) : t("dismissed", { name });
}

/** The event with its incident's id and page filled in. */
export function finalizeIncidentEvent(draft: IncidentEventDraft<unknown>, incidentId: number | null): OutboxEvent {
  const { event } = draft;
  if (incidentId === null) return event;
  const slug = event.data.service!.slug;
  return { ...event, data: { ...event.data, incident: { id: incidentId, path: incidentPath(slug, incidentId) }, path: incidentPath(slug, incidentId) } };
}

/** An operator closed a service's open incident as a false alarm: subscribers told of it are told it is over. */
export function deriveDismissalEvent({ service, incidentId, at, note }: { service: TransitionService; incidentId: number; at: number; note: string | null }): OutboxEvent {
  const data: EventData = {
    service: { slug: service.slug, name: service.name },
    services: [{ slug: service.slug, name: service.name }],
    verdict: "ok",
    previousVerdict: "outage",
    sentence: describeDismissal(service.name, note, DEFAULT_LOCALE),
    since: null,
    counts: null,
    incident: { id: incidentId, path: incidentPath(service.slug, incidentId) },
    group: null,
    official: null,
    path: incidentPath(service.slug, incidentId),
    // The operator's note is theirs, in their words: it is quoted as written in every language.
    translations: wordsInOtherLocales(service, (name, locale) => describeDismissal(name, note, locale)),
  };
  return { id: makeEventId("incident.resolved", `dismissed:${incidentId}`, at), type: "incident.resolved", occurredAt: at, serviceIds: [service.id], data };
}
