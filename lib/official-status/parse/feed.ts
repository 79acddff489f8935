import type { Indicator, OfficialIncident, ParseResult } from "../types";
import { toIso } from "./instant";
import { readFeedEntries, type FeedEntry } from "./feed-entries";
import { readAffected, readGoogleSpan, readStatuspageTimeline } from "./feed-updates";
import { htmlToText, indicatorFromIncidents, makeReading } from "./reading-helpers";

/*
 * A status feed (RSS 2.0 or Atom 1.0) lists events, not a state: each incident is an entry (Statuspage's
 * history feeds, whose entry holds the whole timeline) or several (Google and AWS post one per update). Entries are
 * grouped into incidents by their incident link (or, where every entry links to the home page, by guid and title),
 * and the newest word decides whether each is over. The conventions read, vendor by vendor:
 * - Statuspage: the newest `<strong>Status</strong>` in the entry's timeline (Resolved, Completed, Postmortem end it);
 * - Google Cloud: titles start `RESOLVED:` once over; the body states when it began and ended;
 * - AWS: titles start `Service is operating normally:` (over), `Informational message:`, `Performance issues:` or
 *   `Service disruption:` (its impact);
 * - anything else: a title or body starting "Resolved"/"Completed" or holding "[Resolved]" ends it.
 * A feed never says everything is fine, so an incident with no word for OPEN_ENTRY_DAYS is taken as over
 * (feeds like Azure's drop an item once resolved and post no closing entry).
 */

export const OPEN_ENTRY_DAYS = 7;
const CLOSING_WORDS = new Set(["resolved", "completed", "postmortem"]);
const PREFIXES: { re: RegExp; resolved: boolean; status: string; impact?: Indicator }[] = [
  { re: /^RESOLVED:\s*/i, resolved: true, status: "resolved" },
  { re: /^Service is operating normally:\s*/i, resolved: true, status: "resolved" },
  { re: /^Informational message:\s*/i, resolved: false, status: "informational", impact: "minor" },
  { re: /^Performance issues:\s*/i, resolved: false, status: "performance issues", impact: "major" },
  { re: /^Service disruption:\s*/i, resolved: false, status: "service disruption", impact: "critical" },
  { re: /^(UPDATE|UPDATED|INVESTIGATING|IDENTIFIED|MONITORING):\s*/i, resolved: false, status: "update" },
];

interface Classified {
  entry: FeedEntry;
  at: number;
  core: string;
  resolved: boolean;
  status: string;
  impact: Indicator;
  timeline: { at: number; status: string; body: string }[];
}

function classify(entry: FeedEntry): Classified | null {
  const at = entry.published ?? entry.updated;
  if (at === null) return null;
  let core = entry.title;
  let resolved = false;
  let status = "reported";
  let impact: Indicator = "unknown";
  const timeline = readStatuspageTimeline(entry.html, entry.updated ?? at);
  const prefix = PREFIXES.find((p) => p.re.test(core));
  if (prefix) {
    core = core.replace(prefix.re, "");
    ({ resolved, status } = prefix);
    impact = prefix.impact ?? "unknown";
  }
  if (/\[resolved\]/i.test(core)) resolved = true;
  core = core.replace(/\s*\[resolved\]\s*/gi, " ").trim();
  if (timeline.length) {
    status = timeline[0].status;
    resolved = CLOSING_WORDS.has(status);
  } else if (!prefix && /^\s*\[?(resolved|completed)\b/i.test(`${entry.title}\n${htmlToText(entry.html)}`)) {
    resolved = true;
    status = "resolved";
  }
  return { entry, at, core, resolved, status, impact, timeline };
}

function groupKey(c: Classified): string {
  try {
    if (c.entry.link && !["", "/"].includes(new URL(c.entry.link).pathname)) return c.entry.link;
  } catch {
    // fall through to the guid
  }
  return `${c.entry.id.replace(/_\d+$/, "")}|${c.core}`;
}

function toIncident(group: Classified[]): OfficialIncident {
  const ordered = [...group].sort((a, b) => a.at - b.at);
  const newest = ordered[ordered.length - 1];
  const timeline = newest.timeline;
  const span = readGoogleSpan(newest.entry.html);
  const firstWord = Math.min(...ordered.map((c) => c.at), ...timeline.map((t) => t.at));
  const lastWord = Math.max(...ordered.map((c) => c.entry.updated ?? c.at), ...timeline.map((t) => t.at));
  const updates = timeline.length
    ? timeline.map((t) => ({ at: toIso(t.at), status: t.status, body: t.body }))
    : [...ordered].reverse().map((c) => ({ at: toIso(c.entry.updated ?? c.at), status: c.status, body: htmlToText(c.entry.html) }));
  const worst = ordered.map((c) => c.impact).find((i) => i !== "unknown") ?? "unknown";
  return {
    id: groupKey(newest),
    name: newest.core || newest.entry.title,
    impact: worst,
    status: newest.status,
    startedAt: toIso(span.began ?? Math.min(firstWord, timeline.at(-1)?.at ?? firstWord)),
    acknowledgedAt: toIso(firstWord),
    updatedAt: toIso(lastWord),
    resolvedAt: newest.resolved ? toIso(span.ended ?? (timeline.length ? timeline[0].at : lastWord)) : null,
    url: newest.entry.link,
    components: readAffected(newest.entry.html),
    updates,
  };
}

export function parseStatusFeed(xml: string, sourceUrl: string, now: number): ParseResult {
  const read = readFeedEntries(xml, sourceUrl);
  if (!read.ok) return read;
  const groups = new Map<string, Classified[]>();
  for (const entry of read.entries) {
    const c = classify(entry);
    if (!c) continue;
    const key = groupKey(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const all = [...groups.values()].map(toIncident);
  const horizon = now - OPEN_ENTRY_DAYS * 86_400_000;
  const incidents = all.filter((i) => i.resolvedAt === null && Date.parse(i.updatedAt) >= horizon);
  const indicator = indicatorFromIncidents(incidents);
  return {
    ok: true,
    reading: makeReading({
      indicator,
      description: incidents.length ? incidents.map((i) => i.name).join("; ") : "No open incident in the feed",
      components: [],
      incidents,
      resolvedIncidents: all.filter((i) => i.resolvedAt !== null),
      maintenances: [],
      listsIncidents: true,
    }),
  };
}
