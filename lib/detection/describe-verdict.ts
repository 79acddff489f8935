import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatClock } from "@/lib/i18n/format-time";
import { getTranslator } from "@/lib/i18n/translate";
import { DETECTOR_CONFIG } from "./config";
import type { ServiceVerdict } from "./read-status";

/** The cold-start caveat: what the verdict rests on while a service has under a day of its own history. */
function describePrior(name: string, v: ServiceVerdict, locale: Locale): string {
  const t = getTranslator(locale, "verdict");
  const perHour = (v.expected / v.windowMinutes) * 60;
  const usual = perHour < 1.5 ? t("priorUsualLow") : t("priorUsual", { perHour: Math.round(perHour) });
  return t("prior", { name, usual, min: DETECTOR_CONFIG.MIN_REPORTS_OUTAGE, window: v.windowMinutes });
}

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
  const prior = v.basis === "prior" ? describePrior(name, v, locale) : "";
  switch (v.status) {
    case "outage":
      return t("outage", { name, since, counts }) + prior;
    case "possible":
      return t("possible", { name, since, counts }) + prior;
    default:
      return t("ok", { name, counts }) + prior;
  }
}
