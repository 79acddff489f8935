import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatClock } from "@/lib/i18n/format-time";
import { getTranslator } from "@/lib/i18n/translate";
import type { ServiceVerdict } from "./read-status";

/**
 * One plain sentence a reader (or journalist) can quote, with the numbers behind it, in the reader's language
 * (messages: "verdict" in lib/i18n/messages/*.json; times in the locale's zone, UTC in English). Every wording is
 * a function of the verdict's fields, so a new case is a new message in each catalog.
 */
export function describeVerdict(name: string, v: ServiceVerdict | null, locale: Locale = DEFAULT_LOCALE): string {
  const t = getTranslator(locale, "verdict");
  if (!v) return t("none", { name });
  const counts = t("counts", { observed: v.observed, window: v.windowMinutes, expected: Math.round(v.expected) });
  const since = formatClock(locale, v.since ?? v.at, DEFAULT_TIME_ZONE[locale]);
  switch (v.status) {
    case "outage":
      return t("outage", { name, since, counts });
    case "possible":
      return t("possible", { name, since, counts });
    default:
      return t("ok", { name, counts });
  }
}
