import type { Incident } from "@/lib/incidents/read-incidents";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatDateTime, formatDuration } from "@/lib/i18n/format-time";
import { getTranslator } from "@/lib/i18n/translate";
import { joinPlain, joinSentences } from "@/lib/i18n/join-list";
import type { Share } from "@/lib/reports/read-breakdown";
import { PEAK_WINDOW_MINUTES } from "./config";

/*
 * An incident in words ("incident" messages), in the reader's language, times in the locale's zone. The incident's
 * service name and share labels are taken as given: callers pass one localized by localizeIncident.
 */

const list = (locale: Locale, shares: Share[]) => joinPlain(locale, shares.slice(0, 3).map((s) => `${s.label} (${s.percent}%)`));
const at = (locale: Locale, iso: string) => formatDateTime(locale, iso, DEFAULT_TIME_ZONE[locale]);

/**
 * A headline that stays true as the incident evolves: "Outlook outage, 2026-11-20 08:22 UTC (7 h 39 min)". Without
 * `now` an ongoing incident's running length is left out (feeds: the text changes only when the incident does).
 */
export function titleIncident(i: Incident, now?: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "incident");
  const name = i.service.name;
  const start = at(locale, i.startedAt);
  if (i.closedBy === "operator") return t("titleFalseAlarm", { name, start });
  if (!i.open) return t("titleClosed", { name, start, duration: formatDuration(locale, Date.parse(i.endedAt!) - Date.parse(i.startedAt)) });
  if (now === undefined) return t("titleOpen", { name, start });
  return t("titleOpenFor", { name, start, duration: formatDuration(locale, now - Date.parse(i.startedAt)) });
}

/** "7 h 39 min from 2026-11-20 08:24 UTC" or "Since 2026-11-20 08:24 UTC (ongoing, 2 h 5 min)". */
export function describeSpan(i: Incident, now: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "incident");
  const start = Date.parse(i.startedAt);
  return i.open
    ? t("spanOpen", { start: at(locale, i.startedAt), duration: formatDuration(locale, now - start) })
    : t("spanClosed", { start: at(locale, i.startedAt), duration: formatDuration(locale, Date.parse(i.endedAt!) - start) });
}

/** "Peak 2026-11-20 13:57 UTC: 1,408 reports in 15 min, ~38 expected." */
export function describePeak(i: Incident, locale: Locale = DEFAULT_LOCALE): string {
  return getTranslator(locale, "incident")("peakShort", { at: at(locale, i.peakAt), reports: i.peakReports, window: PEAK_WINDOW_MINUTES, expected: Math.round(i.peakExpected) });
}

/**
 * The acknowledgement lag in words: "GitHub acknowledged it on its status page at 2026-11-25 15:04 UTC, 42 min after
 * users' reports began." Null when the vendor said nothing.
 */
export function describeAcknowledgement(i: Incident, locale: Locale = DEFAULT_LOCALE): string | null {
  if (i.officialAcknowledgedAt === null || i.acknowledgementLagMinutes === null) return null;
  const t = getTranslator(locale, "incident");
  const lag = i.acknowledgementLagMinutes;
  const args = { name: i.service.name, at: at(locale, i.officialAcknowledgedAt), lag: formatDuration(locale, Math.abs(lag) * 60_000) };
  return t(lag === 0 ? "acknowledgedAtStart" : lag > 0 ? "acknowledgedAfter" : "acknowledgedBefore", args);
}

/**
 * The incident in plain sentences with every number a journalist might quote, and what the numbers are
 * (reports, not people). Used on the incident page, in feeds and share texts.
 */
export function summarizeIncident(i: Incident, now?: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "incident");
  const name = i.service.name;
  const start = at(locale, i.startedAt);
  let when: string;
  if (i.open) when = now === undefined ? t("whenOpen", { name, start }) : t("whenOpenFor", { name, start, duration: formatDuration(locale, now - Date.parse(i.startedAt)) });
  else when = t("whenClosed", { name, start, end: at(locale, i.endedAt!), duration: formatDuration(locale, Date.parse(i.endedAt!) - Date.parse(i.startedAt)) });
  const ratio = i.peakReports / Math.max(i.peakExpected, 0.1);
  const peakArgs = { at: at(locale, i.peakAt), reports: i.peakReports, window: PEAK_WINDOW_MINUTES, expected: Math.round(i.peakExpected) };
  const parts = [when, ratio >= 2 ? t("peakRatio", { ...peakArgs, ratio: Math.round(ratio) }) : t("peak", peakArgs)];
  if (i.topProblems.length) parts.push(t("mostReported", { list: list(locale, i.topProblems) }));
  if (i.topCountries.length) parts.push(t("mostlyFrom", { list: list(locale, i.topCountries) }));
  if (i.closedBy === "operator") parts.push(i.note ? t("dismissedNote", { note: i.note }) : t("dismissed"));
  const ack = describeAcknowledgement(i, locale);
  if (ack) parts.push(ack);
  parts.push(t("caveat"));
  return joinSentences(locale, parts);
}
