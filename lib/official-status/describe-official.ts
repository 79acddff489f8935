import type { OfficialView } from "./official-view";

export const INDICATOR_LABELS: Record<OfficialView["indicator"], string> = {
  none: "All systems operational",
  minor: "Minor outage",
  major: "Major outage",
  critical: "Critical outage",
  maintenance: "Under maintenance",
  unknown: "Unknown",
};

const COMPONENT_LABELS: Record<string, string> = {
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};
const SEVERITY = ["under_maintenance", "degraded_performance", "partial_outage", "major_outage"];

/** "14:39 UTC", or "25 Nov 14:39 UTC" when not the same UTC day as `now`. */
export function formatUtc(iso: string, now: number): string {
  const d = new Date(iso);
  const sameDay = d.toISOString().slice(0, 10) === new Date(now).toISOString().slice(0, 10);
  const day = sameDay ? "" : `${d.getUTCDate()} ${d.toLocaleString("en", { month: "short", timeZone: "UTC" })} `;
  return `${day}${iso.slice(11, 16)} UTC`;
}

/** What the vendor says, in words: "Partial outage — Packages, since 14:39 UTC". */
export function describeVendorState(view: OfficialView, now: number): string {
  if (view.indicator === "none" && !view.components.length && !view.incidents.length) return "all systems operational";
  const worst = [...view.components].sort((a, b) => SEVERITY.indexOf(b.status) - SEVERITY.indexOf(a.status))[0];
  const label = worst ? (COMPONENT_LABELS[worst.status] ?? INDICATOR_LABELS[view.indicator]) : view.incidents[0]?.name || INDICATOR_LABELS[view.indicator];
  const names = view.components.map((c) => c.name);
  const what = names.length ? ` — ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}` : "";
  const since = view.incidents.length ? `, since ${formatUtc(view.incidents.map((i) => i.startedAt).sort()[0], now)}` : "";
  return `${label}${what}${since}`;
}

/**
 * The official line beside the crowd's verdict, one sentence a journalist can quote: "Users report an outage;
 * GitHub's status page says: Partial outage — Packages, since 14:39 UTC". It says so plainly when the crowd sees an
 * outage while the vendor says all is well, and when the vendor's page could not be read lately.
 */
export function describeOfficial(name: string, crowd: "ok" | "possible" | "outage" | null, view: OfficialView | null, now: number): string | null {
  if (!view) return null;
  const crowdPart = crowd === "outage" ? "Users report an outage; " : crowd === "possible" ? "Users report possible problems; " : "";
  const checked = view.checkedAt ? ` (last read ${formatUtc(view.checkedAt, now)}${view.stale ? ", the page could not be read since" : ""})` : "";
  if (view.indicator === "unknown") return `${crowdPart}${name}'s status page has not been read yet${view.stale && view.checkedAt === null ? "" : checked}.`;
  const vendor = describeVendorState(view, now);
  if (vendor === "all systems operational") {
    const contrast = crowd === "outage" || crowd === "possible" ? "yet " : "";
    return `${crowdPart}${contrast}${name}'s status page says all systems are operational${checked}.`;
  }
  return `${crowdPart}${name}'s status page says: ${vendor}${view.stale ? checked : ""}.`;
}
