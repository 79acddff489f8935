import { makeBadge } from "badge-maker";
import type { Status } from "@/lib/detection/detector-state";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";

export const BADGE_STYLES = ["flat", "flat-square", "plastic", "for-the-badge", "social"] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

// Dark enough for white text at WCAG AA on the badge's 11 px type.
const COLORS: Record<Status | "none", string> = { ok: "#2e7d32", possible: "#a35a00", outage: "#c62828", none: "#5b6472" };

/**
 * A shields-style status badge (badge-maker is shields.io's own renderer: same metrics, XML-escaped text,
 * role="img" with an aria-label and <title>), its words in a language ("badge" messages).
 */
export function renderBadge({ label, status, style = "flat", locale = DEFAULT_LOCALE }: { label: string; status: Status | null; style?: BadgeStyle; locale?: Locale }): string {
  const message = getTranslator(locale, "badge")(status ?? "none");
  return makeBadge({ label, message, color: COLORS[status ?? "none"], labelColor: "#414852", style });
}
