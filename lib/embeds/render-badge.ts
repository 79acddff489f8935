import { makeBadge } from "badge-maker";
import type { Status } from "@/lib/detection/detector-state";

export const BADGE_STYLES = ["flat", "flat-square", "plastic", "for-the-badge", "social"] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

// Dark enough for white text at WCAG AA on the badge's 11 px type.
const LOOKS: Record<Status | "none", { message: string; color: string }> = {
  ok: { message: "no problems", color: "#2e7d32" },
  possible: { message: "possible problems", color: "#a35a00" },
  outage: { message: "outage", color: "#c62828" },
  none: { message: "no data yet", color: "#5b6472" },
};

/**
 * A shields-style status badge (badge-maker is shields.io's own renderer: same metrics, XML-escaped text,
 * role="img" with an aria-label and <title>).
 */
export function renderBadge({ label, status, style = "flat" }: { label: string; status: Status | null; style?: BadgeStyle }): string {
  const look = LOOKS[status ?? "none"];
  return makeBadge({ label, message: look.message, color: look.color, labelColor: "#414852", style });
}
