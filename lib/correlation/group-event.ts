import { nameCountry } from "@/lib/catalog/name-country";
import { nameIn, type Catalog } from "@/lib/catalog/read-catalog";
import { groupPath, makeEventId, type EventServiceRef, type OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, OTHER_LOCALES, type Locale } from "@/lib/i18n/config";
import { formatClock } from "@/lib/i18n/format-time";
import { joinList } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import { phraseCountry } from "./country-phrase";
import type { StoredGroup } from "./store/correlation-store";
import type { GroupExplanation, Member } from "./types";

/** The group's headline and sentence in one language (names in that language, times in its zone). */
function describeOpened(locale: Locale, count: number, startedAt: number, members: string[], cause: string | null, countryCode: string | null): { headline: string; sentence: string } {
  const t = getTranslator(locale, "events");
  const since = formatClock(locale, startedAt, DEFAULT_TIME_ZONE[locale]);
  const names = joinList(locale, members);
  if (cause !== null) return { headline: t("groupHeadlineCause", { cause, count, since }), sentence: t("groupSentenceCause", { names, since, cause }) };
  if (countryCode !== null) {
    const country = phraseCountry({ code: countryCode, name: nameCountry(countryCode, locale) }, locale);
    return { headline: t("groupHeadlineLocal", { count, country, since }), sentence: t("groupSentenceLocal", { names, since, country }) };
  }
  return { headline: t("groupHeadline", { count, since }), sentence: t("groupSentence", { names, since }) };
}

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
  const causeId = cause && lead?.kind === "upstream" ? lead.serviceId : null;
  const localCountry = !cause && lead?.kind === "local" ? lead.country : null;
  const words = (locale: Locale) => {
    const nameOf = (id: number) => {
      const s = catalog.findById(id);
      return s ? nameIn(s, locale) : null;
    };
    const causeName = causeId === null ? null : nameOf(causeId);
    const memberNames = members.map((m) => nameOf(m.serviceId)).filter((n) => n !== null);
    return { ...describeOpened(locale, members.length, group.startedAt, memberNames, causeName, localCountry), name: causeName };
  };
  const { headline, sentence } = words(DEFAULT_LOCALE);
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
      translations: Object.fromEntries(OTHER_LOCALES.map((locale) => [locale, words(locale)])),
    },
  };
}
