import { z } from "zod";
import { COMPONENT_STATUSES, type ComponentStatus, type Indicator, type OfficialIncident, type OfficialMaintenance, type ParseResult } from "../types";
import { parseIso, toIso } from "./instant";
import { COMPONENT_INDICATOR, INDICATOR_WORDS, indicatorFromIncidents, makeReading, worstIndicator } from "./reading-helpers";

/*
 * Atlassian Statuspage v2 (`/api/v2/*.json`): summary, status, components, incidents, incidents/unresolved and
 * scheduled-maintenances all share `page` and differ in which of the other keys they carry; one schema reads them all.
 * incident.io pages serve the same shape at the same paths.
 */

const time = z.string().refine((s) => parseIso(s) !== null, "an ISO 8601 time");
const Component = z.object({ name: z.string(), status: z.string(), group: z.boolean().optional() });
const Update = z.object({
  status: z.string(),
  body: z.string().nullish(),
  created_at: time,
  display_at: time.nullish(),
});
const Incident = z.object({
  id: z.string().min(1),
  name: z.string(),
  status: z.string(),
  impact: z.string().nullish(),
  created_at: time,
  updated_at: time.nullish(),
  started_at: time.nullish(),
  resolved_at: time.nullish(),
  shortlink: z.string().nullish(),
  incident_updates: z.array(Update).default([]),
  components: z.array(Component).nullish(),
});
const Maintenance = Incident.extend({ scheduled_for: time.nullish(), scheduled_until: time.nullish() });
const StatuspagePayload = z.object({
  page: z.object({ id: z.string(), name: z.string(), url: z.string().nullish() }),
  status: z.object({ indicator: z.string(), description: z.string() }).optional(),
  components: z.array(Component).optional(),
  incidents: z.array(Incident).optional(),
  scheduled_maintenances: z.array(Maintenance).optional(),
});

const IMPACTS: Indicator[] = ["none", "minor", "major", "critical", "maintenance"];
const CLOSED = new Set(["resolved", "postmortem", "completed"]);
const CURRENT_MAINTENANCE = new Set(["scheduled", "in_progress", "verifying"]);

export const toImpact = (value: string | null | undefined): Indicator => (IMPACTS.includes(value as Indicator) ? (value as Indicator) : "unknown");
const iso = (s: string) => toIso(parseIso(s)!);

function toIncident(i: z.infer<typeof Incident>, pageUrl: string | null): OfficialIncident {
  const updates = i.incident_updates
    .map((u) => ({ at: iso(u.display_at ?? u.created_at), created: parseIso(u.created_at)!, status: u.status.toLowerCase(), body: u.body ?? "" }))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const created = parseIso(i.created_at)!;
  const firstWord = Math.min(created, ...updates.map((u) => u.created));
  const resolved = i.resolved_at ?? (CLOSED.has(i.status) ? (i.updated_at ?? null) : null);
  return {
    id: i.id,
    name: i.name,
    impact: toImpact(i.impact),
    status: i.status.toLowerCase(),
    startedAt: iso(i.started_at ?? i.created_at),
    acknowledgedAt: toIso(firstWord),
    updatedAt: iso(i.updated_at ?? updates[0]?.at ?? i.created_at),
    resolvedAt: resolved ? iso(resolved) : null,
    url: pageUrl ? `${pageUrl.replace(/\/+$/, "")}/incidents/${i.id}` : (i.shortlink ?? null),
    components: (i.components ?? []).map((c) => c.name),
    updates: updates.map(({ at, status, body }) => ({ at, status, body })),
  };
}

export function parseStatuspage(json: unknown): ParseResult {
  const parsed = StatuspagePayload.safeParse(json);
  if (!parsed.success) return { ok: false, error: `not a Statuspage v2 payload: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}` };
  const p = parsed.data;
  if (!p.status && !p.components && !p.incidents && !p.scheduled_maintenances) return { ok: false, error: "a Statuspage payload with no status, components, incidents or maintenances" };
  const pageUrl = p.page.url ?? null;
  const components: { name: string; status: ComponentStatus }[] = [];
  // Group rows only summarise their members, which are listed too.
  for (const c of p.components ?? []) {
    if (c.group) continue;
    const status = (COMPONENT_STATUSES as readonly string[]).includes(c.status) ? (c.status as ComponentStatus) : "degraded_performance";
    if (status !== "operational") components.push({ name: c.name, status });
  }
  const all = (p.incidents ?? []).map((i) => toIncident(i, pageUrl));
  const incidents = all.filter((i) => i.resolvedAt === null);
  const maintenances: OfficialMaintenance[] = (p.scheduled_maintenances ?? [])
    .filter((m) => CURRENT_MAINTENANCE.has(m.status))
    .map((m) => ({
      id: m.id,
      name: m.name,
      status: m.status,
      scheduledFor: m.scheduled_for ? iso(m.scheduled_for) : null,
      scheduledUntil: m.scheduled_until ? iso(m.scheduled_until) : null,
      url: pageUrl ? `${pageUrl.replace(/\/+$/, "")}/incidents/${m.id}` : (m.shortlink ?? null),
    }));
  // The page's own verdict when it states one (it may differ from its incidents' impact: never derive one from the other).
  let indicator: Indicator;
  if (p.status) indicator = toImpact(p.status.indicator);
  else if (p.components) indicator = worstIndicator([...components.map((c) => COMPONENT_INDICATOR[c.status]), indicatorFromIncidents(incidents)]);
  else if (p.incidents) indicator = indicatorFromIncidents(incidents);
  else indicator = maintenances.some((m) => m.status !== "scheduled") ? "maintenance" : "none";
  return {
    ok: true,
    reading: makeReading({
      indicator,
      description: p.status?.description ?? INDICATOR_WORDS[indicator],
      components,
      incidents,
      resolvedIncidents: all.filter((i) => i.resolvedAt !== null),
      maintenances,
      listsIncidents: p.incidents !== undefined,
    }),
  };
}
