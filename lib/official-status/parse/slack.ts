import { z } from "zod";
import type { ComponentStatus, Indicator, OfficialIncident, ParseResult } from "../types";
import { parseIso, toIso } from "./instant";
import { indicatorFromIncidents, readingFromIncidentList, worseComponent } from "./reading-helpers";

/*
 * Slack Status API v2.0.0 (docs.slack.dev/reference/slack-status-api): `current` is an object with `status` and
 * `active_incidents`; `history` is an array of the same incident objects. `type` is incident, notice or outage
 * (maintenance for planned work); `status` is ok/active/resolved (scheduled/completed/cancelled for maintenance).
 */

const time = z.string().refine((s) => parseIso(s) !== null, "an ISO 8601 time");
const Issue = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  date_created: time,
  date_updated: time.nullish(),
  title: z.string(),
  type: z.string(),
  status: z.string(),
  url: z.string().nullish(),
  services: z.array(z.string()).default([]),
  notes: z.array(z.object({ date_created: time, body: z.string() })).default([]),
});
const Current = z.object({ status: z.string(), active_incidents: z.array(Issue).default([]) });
const History = z.array(Issue);

const IMPACT: Record<string, Indicator> = { outage: "major", incident: "minor", notice: "minor", maintenance: "maintenance" };
const SERVICE_STATE: Record<string, ComponentStatus> = { outage: "major_outage", incident: "partial_outage", notice: "degraded_performance", maintenance: "under_maintenance" };
const CLOSED = new Set(["resolved", "completed", "cancelled", "ok"]);
const iso = (s: string) => toIso(parseIso(s)!);

function toIncident(i: z.infer<typeof Issue>): OfficialIncident {
  const updates = i.notes.map((n) => ({ at: iso(n.date_created), status: i.status.toLowerCase(), body: n.body })).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const closed = CLOSED.has(i.status.toLowerCase());
  const updatedAt = iso(i.date_updated ?? i.date_created);
  return {
    id: i.id,
    name: i.title,
    impact: IMPACT[i.type.toLowerCase()] ?? "unknown",
    status: i.status.toLowerCase(),
    startedAt: iso(i.date_created),
    acknowledgedAt: iso(i.date_created),
    updatedAt,
    resolvedAt: closed ? updatedAt : null,
    url: i.url ?? null,
    components: i.services,
    updates,
  };
}

export function parseSlack(json: unknown): ParseResult {
  const history = History.safeParse(json);
  const current = history.success ? null : Current.safeParse(json);
  if (current && !current.success) return { ok: false, error: `not a Slack status payload: ${current.error.issues[0]?.path.join(".")}: ${current.error.issues[0]?.message}` };
  const issues = history.success ? history.data : current!.data!.active_incidents;
  const all = issues.map(toIncident);
  const incidents = all.filter((i) => i.resolvedAt === null);
  const components = new Map<string, ComponentStatus>();
  for (const issue of issues) {
    if (CLOSED.has(issue.status.toLowerCase())) continue;
    const state = SERVICE_STATE[issue.type.toLowerCase()] ?? "degraded_performance";
    for (const service of issue.services) components.set(service, worseComponent(components.get(service), state));
  }
  const pageStatus = current?.data?.status.toLowerCase();
  const indicator = pageStatus === "ok" && incidents.length === 0 ? "none" : indicatorFromIncidents(incidents);
  return readingFromIncidentList(indicator, components, all, incidents);
}
