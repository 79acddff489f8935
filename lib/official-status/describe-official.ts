import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatRecent } from "@/lib/i18n/format-time";
import { joinPlain } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import type { OfficialView } from "./official-view";
import type { Indicator } from "./types";

/*
 * The vendor's state in the reader's language ("official" messages in lib/i18n/messages/*.json; times in the
 * locale's zone, UTC in English). The vendor's own names (components, incident titles) are quoted as it gives them.
 */

const COMPONENT_STATUSES = ["degraded_performance", "partial_outage", "major_outage", "under_maintenance"] as const;
type ComponentLabel = (typeof COMPONENT_STATUSES)[number];
const SEVERITY: readonly string[] = ["under_maintenance", "degraded_performance", "partial_outage", "major_outage"];
const isLabelled = (status: string): status is ComponentLabel => (COMPONENT_STATUSES as readonly string[]).includes(status);

/** What an indicator is called: "Minor outage" / "轻微故障". */
export function labelIndicator(indicator: Indicator, locale: Locale = DEFAULT_LOCALE): string {
  return getTranslator(locale, "official")(`indicators.${indicator}`);
}

/** "14:39 UTC", or "25 Nov 14:39 UTC" when not the same UTC day as `now` (English; the locale's zone otherwise). */
export function formatUtc(iso: string, now: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatRecent(locale, iso, DEFAULT_TIME_ZONE[locale], now);
}

/** What the vendor says, in words: "Partial outage — Packages, since 14:39 UTC"; null when all is operational. */
export function describeVendorState(view: OfficialView, now: number, locale: Locale = DEFAULT_LOCALE): string | null {
  if (view.indicator === "none" && !view.components.length && !view.incidents.length) return null;
  const t = getTranslator(locale, "official");
  const worst = [...view.components].sort((a, b) => SEVERITY.indexOf(b.status) - SEVERITY.indexOf(a.status))[0];
  const label = worst ? (isLabelled(worst.status) ? t(`componentStatuses.${worst.status}`) : labelIndicator(view.indicator, locale)) : view.incidents[0]?.name || labelIndicator(view.indicator, locale);
  const names = view.components.map((c) => c.name);
  const list = joinPlain(locale, names.slice(0, 3));
  const what = !names.length ? "" : names.length > 3 ? t("componentsMore", { list, more: names.length - 3 }) : t("components", { list });
  const since = view.incidents.length ? t("since", { at: formatUtc(view.incidents.map((i) => i.startedAt).sort()[0], now, locale) }) : "";
  return `${label}${what}${since}`;
}

/**
 * The official line beside the crowd's verdict, one sentence a journalist can quote: "Users report an outage;
 * GitHub's status page says: Partial outage — Packages, since 14:39 UTC". It says so plainly when the crowd sees an
 * outage while the vendor says all is well, and when the vendor's page could not be read lately.
 */
export function describeOfficial(name: string, crowd: "ok" | "possible" | "outage" | null, view: OfficialView | null, now: number, locale: Locale = DEFAULT_LOCALE): string | null {
  if (!view) return null;
  const t = getTranslator(locale, "official");
  const checkedAt = view.checkedAt ? formatUtc(view.checkedAt, now, locale) : null;
  const checked = checkedAt === null ? "" : view.stale ? t("checkedStale", { at: checkedAt }) : t("checked", { at: checkedAt });
  const args = { name, crowd: crowd ?? "none" };
  if (view.indicator === "unknown") return t("unread", { ...args, checked: view.stale && view.checkedAt === null ? "" : checked });
  const vendor = describeVendorState(view, now, locale);
  if (vendor === null) return t("operational", { ...args, checked });
  return t("says", { ...args, vendor, checked: view.stale ? checked : "" });
}
