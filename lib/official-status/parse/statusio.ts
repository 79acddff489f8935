import { z } from "zod";
import type { ComponentStatus, Indicator, OfficialIncident, OfficialMaintenance, ParseResult } from "../types";
import { parseIso, toIso } from "./instant";
import { INDICATOR_WORDS, makeReading, worseComponent } from "./reading-helpers";

/*
 * status.io public status API (`https://api.status.io/1.0/status/<page id>`, kb.status.io/developers/public-status-api):
 * `result.status_overall`, components (`status`) each with containers, `incidents` and `maintenance.active/upcoming`.
 * Status codes: 100 operational, 200 planned maintenance, 300 degraded performance, 400 partial service disruption,
 * 500 service disruption, 600 security event.
 */

const time = z.string().refine((s) => parseIso(s) !== null, "an ISO 8601 time");
const State = z.object({ name: z.string().optional(), status: z.string(), status_code: z.coerce.number().int() });
const Message = z.object({ details: z.string().nullish(), datetime: time, state: z.union([z.string(), z.number()]).nullish(), status: z.union([z.string(), z.number()]).nullish() });
const Event = z.object({
  _id: z.string().optional(),
  id: z.string().optional(),
  name: z.string(),
  datetime_open: time.nullish(),
  datetime_planned_start: time.nullish(),
  datetime_planned_end: time.nullish(),
  messages: z.array(Message).default([]),
  components_affected: z.array(z.object({ name: z.string() })).default([]),
});
const Payload = z.object({
  result: z.object({
    status_overall: State.extend({ updated: time.nullish() }),
    status: z.array(State.extend({ containers: z.array(State).default([]) })).default([]),
    incidents: z.array(Event).default([]),
    maintenance: z.object({ active: z.array(Event).default([]), upcoming: z.array(Event).default([]) }).default({ active: [], upcoming: [] }),
  }),
});

const INDICATOR: Record<number, Indicator> = { 100: "none", 200: "maintenance", 300: "minor", 400: "major", 500: "critical", 600: "major" };
const COMPONENT: Record<number, ComponentStatus> = { 100: "operational", 200: "under_maintenance", 300: "degraded_performance", 400: "partial_outage", 500: "major_outage", 600: "partial_outage" };
const iso = (s: string) => toIso(parseIso(s)!);
const eventId = (e: z.infer<typeof Event>) => e._id ?? e.id ?? `${e.name}@${e.datetime_open ?? e.datetime_planned_start ?? ""}`;

function toIncident(e: z.infer<typeof Event>, overall: Indicator): OfficialIncident {
  const updates = e.messages.map((m) => ({ at: iso(m.datetime), status: String(m.state ?? m.status ?? "").toLowerCase(), body: m.details ?? "" })).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const opened = e.datetime_open ?? updates.at(-1)?.at ?? updates[0]?.at;
  const start = opened ? iso(opened) : (updates[0]?.at ?? new Date(0).toISOString());
  const firstWord = updates.length ? updates[updates.length - 1].at : start;
  return {
    id: eventId(e),
    name: e.name,
    impact: overall === "none" ? "unknown" : overall,
    status: updates[0]?.status || "investigating",
    startedAt: start,
    acknowledgedAt: Date.parse(firstWord) < Date.parse(start) ? firstWord : start,
    updatedAt: updates[0]?.at ?? start,
    resolvedAt: null,
    url: null,
    components: e.components_affected.map((c) => c.name),
    updates,
  };
}

export function parseStatusio(json: unknown): ParseResult {
  const parsed = Payload.safeParse(json);
  if (!parsed.success) return { ok: false, error: `not a status.io payload: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}` };
  const r = parsed.data.result;
  const indicator = INDICATOR[r.status_overall.status_code] ?? "unknown";
  const components = new Map<string, ComponentStatus>();
  for (const c of r.status) {
    const name = c.name ?? "component";
    const own = COMPONENT[c.status_code] ?? "degraded_performance";
    if (own !== "operational") components.set(name, worseComponent(components.get(name), own));
    // A component is often fine in all but one location: name the location.
    for (const box of c.containers) {
      const state = COMPONENT[box.status_code] ?? "degraded_performance";
      if (state !== "operational") components.set(`${name} (${box.name ?? "?"})`, state);
    }
  }
  const maintenances: OfficialMaintenance[] = [...r.maintenance.active.map((m) => ({ m, status: "in_progress" })), ...r.maintenance.upcoming.map((m) => ({ m, status: "scheduled" }))].map(({ m, status }) => ({
    id: eventId(m),
    name: m.name,
    status,
    scheduledFor: m.datetime_planned_start ? iso(m.datetime_planned_start) : null,
    scheduledUntil: m.datetime_planned_end ? iso(m.datetime_planned_end) : null,
    url: null,
  }));
  return {
    ok: true,
    reading: makeReading({
      indicator,
      description: indicator === "none" ? INDICATOR_WORDS.none : r.status_overall.status,
      components: [...components].map(([name, status]) => ({ name, status })),
      // status.io lists only open incidents here; a resolved one drops out of the list.
      incidents: r.incidents.map((e) => toIncident(e, indicator)),
      resolvedIncidents: [],
      maintenances,
      listsIncidents: true,
    }),
  };
}
