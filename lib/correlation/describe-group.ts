import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatDateTime, formatDuration, formatSince as formatSinceIn } from "@/lib/i18n/format-time";
import { formatNumber } from "@/lib/i18n/format-number";
import { joinList, joinSentences } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import { JOIN_WINDOW_MS } from "./config";
import { phraseCountry } from "./country-phrase";
import type { PublicCause, PublicGroup, PublicLocalCause, PublicRejected, PublicUpstreamCause } from "./public-types";

/*
 * Groups of outages in words ("group" messages), in the reader's language; times in the locale's zone. Every
 * sentence is a function of the group's fields: new wording is a new message in each catalog.
 */

const pct = (x: number) => `${Math.round(x * 100)}%`;
const times = (r: number) => `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`;
const zone = (locale: Locale) => DEFAULT_TIME_ZONE[locale];

/** "11:21 UTC" on the same day as `now`, else "2026-11-20 11:21 UTC" (in the locale's zone). */
export function formatSince(iso: string, now?: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatSinceIn(locale, iso, zone(locale), now);
}

const names = (locale: Locale, items: { name: string }[]) => joinList(locale, items.map((i) => i.name));

/** The group in one line: "10 services spiking since 11:15 UTC — likely upstream: Cloudflare". No running time without `now` (feeds). */
export function headlineGroup(g: Pick<PublicGroup, "open" | "startedAt" | "endedAt" | "cause" | "members">, now?: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "group");
  const count = g.members.length;
  const when = g.open
    ? t("whenOpen", { count, since: formatSince(g.startedAt, now, locale) })
    : t("whenClosed", { count, start: formatDateTime(locale, g.startedAt, zone(locale)), duration: formatDuration(locale, Date.parse(g.endedAt!) - Date.parse(g.startedAt)) });
  const c = g.cause;
  if (!c) return t("headlineNoCause", { when });
  return c.kind === "upstream" ? t("headlineUpstream", { when, name: c.service.name }) : t("headlineLocal", { when, country: c.country.name });
}

export function describeUpstream(c: PublicUpstreamCause, g: Pick<PublicGroup, "open" | "startedAt" | "members">, now?: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "group");
  const name = c.service.name;
  const since = formatSince(g.startedAt, now, locale);
  const dependents = formatNumber(locale, c.dependents);
  const spread = g.open ? t("spreadOpen", { affected: c.affected, dependents, since }) : t("spreadClosed", { affected: c.affected, dependents, since });
  const own = c.incidentId !== null ? g.members.find((m) => m.incidentId === c.incidentId) : undefined;
  const r = c.reports;
  const rate = r ? t("rate", { ratio: times(r.ratio), observed: r.observed, window: r.windowMinutes, usual: Math.round(r.usual) }) : null;
  let itself: string;
  if (own) {
    const together = Math.abs(Date.parse(own.startedAt) - Date.parse(g.startedAt)) <= 5 * 60_000;
    const ownSince = formatSince(own.startedAt, now, locale);
    const when = together ? t("atSameTime") : own.open ? t("sinceTime", { since: ownSince }) : t("fromTime", { since: ownSince });
    itself = own.open ? t("itselfInOutage", { name, when }) : t("itselfHadOutage", { name, when });
    if (rate) itself = t("itselfAtRate", { itself, rate });
  } else if (r && rate && r.ratio >= 2 && r.observed >= 5) itself = t("itselfRate", { name, rate });
  else {
    const share = pct(c.affected / Math.max(c.dependents, 1));
    itself = r ? t("itselfNoRiseRatio", { name, ratio: times(r.ratio), share }) : t("itselfNoRise", { name, share });
  }
  const alternatives = c.alternatives.length
    ? t("alternatives", { names: names(locale, c.alternatives.map((a) => a.service)), count: c.alternatives.length, confidences: c.alternatives.map((a) => a.confidence.toFixed(2)).join(", ") })
    : "";
  return t("upstreamSentence", { name, confidence: c.confidence.toFixed(2), spread, itself, alternatives });
}

export function describeLocal(c: PublicLocalCause, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "group");
  const country = phraseCountry(c.country, locale);
  const provider = c.provider ? t("localProvider", { provider: c.provider.name }) : "";
  return t("localSentence", { share: pct(c.share), country, usual: pct(c.usualShare), provider });
}

export function describeCause(c: PublicCause, g: Pick<PublicGroup, "open" | "startedAt" | "members">, now?: number, locale: Locale = DEFAULT_LOCALE): string {
  return c.kind === "upstream" ? describeUpstream(c, g, now, locale) : describeLocal(c, locale);
}

/** Why a shared upstream was not named. */
export function describeRejected(r: PublicRejected, memberCount: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "group");
  const name = r.service.name;
  const who = r.affected >= memberCount ? t("rejectedAll", { name }) : t("rejectedSome", { affected: r.affected, name });
  if (r.reason === "local") return t("rejectedLocal", { who, name });
  const rate = r.reports ? t("rejectedRate", { ratio: times(r.reports.ratio) }) : "";
  return t("rejectedWeak", { who, name, rate, affected: r.affected, dependents: formatNumber(locale, r.dependents) });
}

/** The reasoning in plain words, cause first, with what was ruled out and the caveat. */
export function summarizeGroup(g: Omit<PublicGroup, "summary" | "headline">, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "group");
  const parts = g.causes.map((c) => c.sentence);
  if (!g.causes.length) {
    parts.push(t("noSharedCause"));
    if (g.rejected) parts.push(describeRejected(g.rejected, g.members.length, locale));
    else if (g.chanceExpected !== null)
      parts.push(t("moreThanChance", { expected: g.chanceExpected.toFixed(2), window: JOIN_WINDOW_MS / 60_000, count: g.members.length }));
  } else {
    const rest = g.members.filter((m) => m.role === "unexplained");
    if (rest.length) parts.push(t("unexplainedMembers", { names: names(locale, rest.map((m) => m.service)) }));
  }
  parts.push(t("caveat"));
  return joinSentences(locale, parts);
}
