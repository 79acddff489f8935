import type { EventData, EventType, OutboxEvent } from "@/lib/events/event-types";

/** What a webhook receives: the Standard Webhooks shape (type, timestamp, data), with absolute links. */
export interface AlertPayload {
  id: string;
  type: EventType;
  timestamp: string;
  data: Omit<EventData, "path" | "incident" | "group" | "translations"> & {
    incident: { id: number; url: string } | null;
    group: { id: number; url: string; headline: string; kind: "upstream" | "local" | "unexplained" } | null;
    links: { page: string; incident: string | null; group: string | null };
  };
}

/** The event with links made absolute for a subscriber of `origin` (scheme and host, no trailing slash). */
export function toPayload(event: OutboxEvent, origin: string): AlertPayload {
  // The API speaks English (as its other field values do); the other languages' words are for people's messages.
  const { path, incident, group, translations: _translations, ...rest } = event.data;
  const abs = (p: string) => `${origin}${p}`;
  return {
    id: event.id,
    type: event.type,
    timestamp: new Date(event.occurredAt).toISOString(),
    data: {
      ...rest,
      incident: incident ? { id: incident.id, url: abs(incident.path) } : null,
      group: group ? { id: group.id, url: abs(group.path), headline: group.headline, kind: group.kind } : null,
      links: { page: abs(path), incident: incident ? abs(incident.path) : null, group: group ? abs(group.path) : null },
    },
  };
}
