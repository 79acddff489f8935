import { z } from "zod";
import type { ComponentStatus, Indicator, OfficialIncident, ParseResult } from "../types";
import { parseIso, toIso } from "./instant";
import { indicatorFromIncidents, readingFromIncidentList, worseComponent } from "./reading-helpers";

/*
 * Google Cloud Service Health `incidents.json` (schema at status.cloud.google.com/incidents.schema.json): every
 * incident of about the last year, newest first; one without `end` is still open. `status_impact` is
 * SERVICE_INFORMATION, SERVICE_DISRUPTION or SERVICE_OUTAGE.
 */

const time = z.string().refine((s) => parseIso(s) !== null, "an ISO 8601 time");
const Update = z.object({ created: time, when: time.nullish(), text: z.string().default(""), status: z.string().default("") });
const Incident = z.object({
  id: z.string().min(1),
  begin: time,
  created: time.nullish(),
  end: z.union([time, z.literal(""), z.null()]).optional(),
  modified: time.nullish(),
  external_desc: z.string(),
  updates: z.array(Update).default([]),
  status_impact: z.string(),
  severity: z.string().nullish(),
  service_name: z.string().nullish(),
  affected_products: z.array(z.object({ title: z.string() })).default([]),
  uri: z.string().nullish(),
});
const Payload = z.array(Incident);

const IMPACT: Record<string, Indicator> = { SERVICE_INFORMATION: "minor", SERVICE_DISRUPTION: "major", SERVICE_OUTAGE: "critical" };
const PRODUCT_STATE: Record<string, ComponentStatus> = { SERVICE_INFORMATION: "degraded_performance", SERVICE_DISRUPTION: "partial_outage", SERVICE_OUTAGE: "major_outage" };
const iso = (s: string) => toIso(parseIso(s)!);

function toIncident(i: z.infer<typeof Incident>, sourceUrl: string): OfficialIncident {
  const updates = i.updates.map((u) => ({ at: iso(u.when ?? u.created), created: parseIso(u.created)!, status: u.status.toLowerCase(), body: u.text })).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const created = parseIso(i.created ?? i.begin)!;
  const firstWord = Math.min(created, ...updates.map((u) => u.created));
  let url: string | null = null;
  try {
    url = i.uri ? new URL(i.uri, sourceUrl).toString() : null;
  } catch {
    url = null;
  }
  return {
    id: i.id,
    name: i.external_desc,
    impact: IMPACT[i.status_impact] ?? "unknown",
    status: i.end ? "resolved" : (updates[0]?.status ?? "investigating"),
    startedAt: iso(i.begin),
    acknowledgedAt: toIso(firstWord),
    updatedAt: iso(i.modified ?? updates[0]?.at ?? i.begin),
    resolvedAt: i.end ? iso(i.end) : null,
    url,
    components: i.affected_products.length ? i.affected_products.map((p) => p.title) : i.service_name ? [i.service_name] : [],
    updates: updates.map(({ at, status, body }) => ({ at, status, body })),
  };
}

export function parseGcp(json: unknown, sourceUrl: string): ParseResult {
  const parsed = Payload.safeParse(json);
  if (!parsed.success) return { ok: false, error: `not a Google Cloud incidents.json: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}` };
  const all = parsed.data.map((i) => toIncident(i, sourceUrl));
  const incidents = all.filter((i) => i.resolvedAt === null);
  const components = new Map<string, ComponentStatus>();
  for (const raw of parsed.data) {
    if (raw.end) continue;
    const state = PRODUCT_STATE[raw.status_impact] ?? "degraded_performance";
    for (const p of raw.affected_products) components.set(p.title, worseComponent(components.get(p.title), state));
  }
  const indicator = indicatorFromIncidents(incidents);
  return readingFromIncidentList(indicator, components, all, incidents);
}
