import { z } from "zod";
import type { ComponentStatus, Indicator, OfficialIncident, ParseResult } from "../types";
import { parseUnixSeconds, toIso, zoneOffset } from "./instant";
import { INDICATOR_WORDS, htmlToText, indicatorFromIncidents, makeReading, worseComponent } from "./reading-helpers";

/*
 * AWS Service Health Dashboard `data.json` (the legacy status.aws.amazon.com feed, still served by mirrors and
 * proxies): `current` holds open events, `archive` past ones. `date` is Unix seconds as a string; `status` is 1
 * (informational), 2 (performance issues) or 3 (service disruption); `description` is HTML, one `<div>` per update
 * beginning with a local time such as `12:53 PM PDT`.
 */

const Event = z.object({
  service_name: z.string(),
  summary: z.string(),
  date: z.union([z.string(), z.number()]).refine((v) => parseUnixSeconds(v) !== null, "Unix seconds"),
  status: z.union([z.string(), z.number()]).transform(String),
  description: z.string().default(""),
  service: z.string().default(""),
});
const Payload = z.object({ current: z.array(Event), archive: z.array(Event).default([]) });

const IMPACT: Record<string, Indicator> = { "0": "none", "1": "minor", "2": "major", "3": "critical" };
const WORD: Record<string, string> = { "0": "operating normally", "1": "informational", "2": "performance issues", "3": "service disruption" };
const STATE: Record<string, ComponentStatus> = { "1": "degraded_performance", "2": "partial_outage", "3": "major_outage" };

/** The updates in an event's HTML, each timed on the event's local day (rolling past midnight when times go backwards). */
function readUpdates(description: string, eventMs: number): { at: number; body: string }[] {
  const updates: { at: number; body: string }[] = [];
  let previous = eventMs - 60_000;
  for (const part of description.split(/<div[^>]*>/i).map((s) => s.trim()).filter(Boolean)) {
    const text = htmlToText(part);
    const m = /^(\d{1,2}):(\d{2})\s*(AM|PM)\s+([A-Z]{2,4})\s*(.*)$/s.exec(text);
    const offset = m ? zoneOffset(m[4]) : null;
    if (!m || offset === null) continue;
    const local = new Date(eventMs + offset * 60_000);
    const hour = (Number(m[1]) % 12) + (m[3] === "PM" ? 12 : 0);
    let at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, Number(m[2])) - offset * 60_000;
    while (at < previous - 60_000) at += 86_400_000;
    previous = at;
    updates.push({ at, body: m[5].trim() });
  }
  return updates;
}

function toIncident(e: z.infer<typeof Event>, open: boolean): OfficialIncident {
  const eventMs = parseUnixSeconds(e.date)!;
  const updates = readUpdates(e.description, eventMs);
  const last = updates.length ? Math.max(...updates.map((u) => u.at)) : eventMs;
  const status = open ? (WORD[e.status] ?? "investigating") : "resolved";
  return {
    id: `${e.service || e.service_name}-${eventMs / 1000}`,
    name: `${e.service_name}: ${e.summary.replace(/^\s*\[resolved\]\s*/i, "")}`,
    impact: IMPACT[e.status] ?? "unknown",
    status,
    startedAt: toIso(eventMs),
    acknowledgedAt: toIso(Math.min(eventMs, ...updates.map((u) => u.at))),
    updatedAt: toIso(Math.max(last, eventMs)),
    resolvedAt: open ? null : toIso(Math.max(last, eventMs)),
    url: null,
    components: [e.service_name],
    updates: updates.map((u) => ({ at: toIso(u.at), status, body: u.body })).reverse(),
  };
}

export function parseAwsDataJson(json: unknown): ParseResult {
  const parsed = Payload.safeParse(json);
  if (!parsed.success) return { ok: false, error: `not an AWS Service Health Dashboard data.json: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}` };
  const incidents = parsed.data.current.map((e) => toIncident(e, true));
  const components = new Map<string, ComponentStatus>();
  for (const e of parsed.data.current) {
    const state = STATE[e.status];
    if (state) components.set(e.service_name, worseComponent(components.get(e.service_name), state));
  }
  const indicator = indicatorFromIncidents(incidents);
  return {
    ok: true,
    reading: makeReading({
      indicator,
      description: incidents.length ? incidents.map((i) => i.name).join("; ") : INDICATOR_WORDS[indicator],
      components: [...components].map(([name, status]) => ({ name, status })),
      incidents,
      resolvedIncidents: parsed.data.archive.map((e) => toIncident(e, false)),
      maintenances: [],
      listsIncidents: true,
    }),
  };
}
