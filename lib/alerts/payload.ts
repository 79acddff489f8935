import type { EventData, EventType, OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

/** What a webhook receives: the Standard Webhooks shape (type, timestamp, data), with absolute links. */
export interface AlertPayload {
  id: string;
  type: EventType;
  timestamp: string;
  data: Omit<EventData, "path" | "incident" | "group" | "translations"> & {
    incident: { id: number; url: string } | null;
    group: { id: number; url: string; headline: string; kind: "upstream" | "local" | "unexplained" } | null;
    links: { page: string; incident: string | null; group: string | null };
    /** Present when the sentences are in another language than English (the subscription's `lang`). */
    lang?: Locale;
  };
}

/**
 * The event with links made absolute for a subscriber of `origin` (scheme and host, no trailing slash), as the API
 * answers with `lang`: for a subscription in another language its sentences (`sentence`, a group's `headline`) come in
 * that language and `lang` says so, while field values (slugs, names, verdicts) stay English; links lead to that
 * language's pages.
 */
export function toPayload(event: OutboxEvent, origin: string, locale: Locale = DEFAULT_LOCALE): AlertPayload {
  const { path, incident, group, translations, ...rest } = event.data;
  const words = locale === DEFAULT_LOCALE ? undefined : translations?.[locale];
  const abs = (p: string) => `${origin}${localizePath(locale, p)}`;
  return {
    id: event.id,
    type: event.type,
    timestamp: new Date(event.occurredAt).toISOString(),
    data: {
      ...rest,
      sentence: words?.sentence ?? rest.sentence,
      incident: incident ? { id: incident.id, url: abs(incident.path) } : null,
      group: group ? { id: group.id, url: abs(group.path), headline: words?.headline ?? group.headline, kind: group.kind } : null,
      links: { page: abs(path), incident: incident ? abs(incident.path) : null, group: group ? abs(group.path) : null },
      ...(words ? { lang: locale } : {}),
    },
  };
}
