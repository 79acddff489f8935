import type { Incident } from "./read-incidents";
import type { Share } from "@/lib/reports/read-breakdown";
import { PEAK_WINDOW_MINUTES } from "./config";
import { formatDuration, formatUtc } from "./format-duration";

const n = (x: number) => Math.round(x).toLocaleString("en");
const list = (shares: Share[]) => shares.slice(0, 3).map((s) => `${s.label} (${s.percent}%)`).join(", ");

/**
 * A headline that stays true as the incident evolves: "Outlook outage, 2026-11-20 08:22 UTC (7 h 39 min)". Without
 * `now` an ongoing incident's running length is left out (feeds: the text changes only when the incident does).
 */
export function titleIncident(i: Incident, now?: number): string {
  if (i.closedBy === "operator") return `${i.service.name} report surge (false alarm), ${formatUtc(i.startedAt)}`;
  if (!i.open) return `${i.service.name} outage, ${formatUtc(i.startedAt)} (${formatDuration(Date.parse(i.endedAt!) - Date.parse(i.startedAt))})`;
  return `${i.service.name} outage since ${formatUtc(i.startedAt)} (ongoing${now === undefined ? "" : `, ${formatDuration(now - Date.parse(i.startedAt))}`})`;
}

/** "7 h 39 min from 2026-11-20 08:24 UTC" or "Since 2026-11-20 08:24 UTC (ongoing, 2 h 5 min)". */
export function describeSpan(i: Incident, now: number): string {
  const start = Date.parse(i.startedAt);
  return i.open ? `Since ${formatUtc(i.startedAt)} (ongoing, ${formatDuration(now - start)})` : `${formatDuration(Date.parse(i.endedAt!) - start)} from ${formatUtc(i.startedAt)}`;
}

/**
 * The acknowledgement lag in words: "GitHub acknowledged it on its status page at 2026-11-25 15:04 UTC, 42 min after
 * users' reports began." Null when the vendor said nothing.
 */
export function describeAcknowledgement(i: Incident): string | null {
  if (i.officialAcknowledgedAt === null || i.acknowledgementLagMinutes === null) return null;
  const lag = i.acknowledgementLagMinutes;
  const gap = lag === 0 ? "as users' reports began" : lag > 0 ? `${formatDuration(lag * 60_000)} after users' reports began` : `${formatDuration(-lag * 60_000)} before users' reports began`;
  return `${i.service.name} acknowledged it on its status page at ${formatUtc(i.officialAcknowledgedAt)}, ${gap}.`;
}

/**
 * The incident in plain sentences with every number a journalist might quote, and what the numbers are
 * (reports, not people). Used on the incident page, in feeds and share texts.
 */
export function summarizeIncident(i: Incident, now?: number): string {
  const soFar = now === undefined ? "" : ` (${formatDuration(now - Date.parse(i.startedAt))} so far)`;
  const when = i.open
    ? `Users have been reporting problems with ${i.service.name} since ${formatUtc(i.startedAt)}${soFar}.`
    : `Users reported problems with ${i.service.name} from ${formatUtc(i.startedAt)} to ${formatUtc(i.endedAt!)} (${formatDuration(Date.parse(i.endedAt!) - Date.parse(i.startedAt))}).`;
  const ratio = i.peakReports / Math.max(i.peakExpected, 0.1);
  const peak = `At the peak, ${formatUtc(i.peakAt)}, ${n(i.peakReports)} reports arrived in ${PEAK_WINDOW_MINUTES} minutes where about ${n(i.peakExpected)} were expected${ratio >= 2 ? ` (${Math.round(ratio)}× the usual level)` : ""}.`;
  const problems = i.topProblems.length ? ` Most reported: ${list(i.topProblems)}.` : "";
  const countries = i.topCountries.length ? ` Reports came mostly from ${list(i.topCountries)}.` : "";
  const dismissed = i.closedBy === "operator" ? ` An operator closed this as a false alarm${i.note ? `: “${i.note}”` : ""}.` : "";
  const ack = describeAcknowledgement(i);
  return `${when} ${peak}${problems}${countries}${dismissed}${ack ? ` ${ack}` : ""} Report counts are not the number of people affected.`;
}
