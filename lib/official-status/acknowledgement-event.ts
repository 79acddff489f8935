import type { LocalNames } from "@/lib/catalog/types";
import { wordsInOtherLocales } from "@/lib/detection/event-words";
import { incidentPath, makeEventId, type OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatDateTime, formatDuration } from "@/lib/i18n/format-time";
import { joinSentences } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import { lagMinutes, type VendorWord } from "./acknowledgement-lag";
import { labelIndicator } from "./describe-official";
import { INDICATORS, type Indicator } from "./types";

const isIndicator = (s: string): s is Indicator => (INDICATORS as readonly string[]).includes(s);

/*
 * official.acknowledged: the vendor's own status page first spoke of a problem Downwire has an incident for.
 *
 * Which side depends on which: official status writes this event into the outbox (lib/events, which depends on
 * nothing) in the poll's own transaction, as detection and correlation write theirs; alerts only read the outbox.
 * So official status never imports alerts and alerts never import official status: neither knows the other, no
 * cycle can form, and the event is as durable as the vendor incident it reports (no in-process listener to lose).
 */

/** The crowd incident the vendor's word answers. */
export interface AnsweredIncident {
  id: number;
  startedAt: number;
  endedAt: number | null;
}

/**
 * The event for a crowd incident's acknowledgement. Its id names the crowd incident only: one per incident, however
 * many polls, replays or later vendor incidents follow (the outbox keeps the first).
 */
export function deriveAcknowledgedEvent({ service, crowd, word, vendorStatus, indicator }: {
  service: { id: number; slug: string; name: string; names?: LocalNames };
  crowd: AnsweredIncident;
  /** The vendor's first word on it (matchAcknowledgement's pick), as the incident page reports it. */
  word: VendorWord;
  /** The vendor incident's stage; null for a page change. */
  vendorStatus: string | null;
  /** The vendor page's overall indicator as last read. */
  indicator: Indicator;
}): OutboxEvent {
  const lag = lagMinutes(crowd.startedAt, word.at);
  const path = incidentPath(service.slug, crowd.id);
  const describe = (name: string, locale: Locale) => describeAcknowledged(name, word, lag, vendorStatus, indicator, locale);
  return {
    id: makeEventId("official.acknowledged", `incident:${crowd.id}`, crowd.startedAt),
    type: "official.acknowledged",
    occurredAt: word.at,
    serviceIds: [service.id],
    data: {
      service: { slug: service.slug, name: service.name },
      services: [{ slug: service.slug, name: service.name }],
      verdict: crowd.endedAt === null ? "outage" : "ok",
      previousVerdict: null,
      sentence: describe(service.name, DEFAULT_LOCALE),
      since: new Date(crowd.startedAt).toISOString(),
      counts: null,
      incident: { id: crowd.id, path },
      group: null,
      official: {
        acknowledgedAt: new Date(word.at).toISOString(),
        lagMinutes: lag,
        kind: word.kind,
        title: word.name,
        url: word.url,
        vendorIncidentId: word.vendorId,
        status: vendorStatus,
        impact: word.impact,
        indicator,
      },
      path,
      translations: wordsInOtherLocales(service, describe),
    },
  };
}

/**
 * The incident page's own sentence, then what the vendor said (its title and stage quoted as it wrote them):
 * "GitHub acknowledged it on its status page at 2026-11-25 15:04 UTC, 42 min after users' reports began. Its notice:
 * "Incident with Packages" (investigating)."
 */
function describeAcknowledged(name: string, word: VendorWord, lag: number, vendorStatus: string | null, indicator: Indicator, locale: Locale): string {
  // A page change's word is the indicator it turned to; the page may read otherwise by now.
  const t = getTranslator(locale, "incident");
  const e = getTranslator(locale, "events");
  const args = { name, at: formatDateTime(locale, word.at, DEFAULT_TIME_ZONE[locale]), lag: formatDuration(locale, Math.abs(lag) * 60_000) };
  const ack = t(lag === 0 ? "acknowledgedAtStart" : lag > 0 ? "acknowledgedAfter" : "acknowledgedBefore", args);
  const said =
    word.kind === "incident"
      ? vendorStatus
        ? e("ackNoticeStatus", { title: word.name, status: vendorStatus })
        : e("ackNotice", { title: word.name })
      : e("ackPage", { indicator: labelIndicator(isIndicator(word.impact) ? word.impact : indicator, locale) });
  return joinSentences(locale, [ack, said]);
}
