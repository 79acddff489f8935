import { z } from "zod";
import type { Indicator, OfficialIncident, ParseResult } from "../types";
import { parseInstant, toIso } from "./instant";
import { INDICATOR_WORDS, makeReading, worstIndicator } from "./reading-helpers";

/*
 * Instatus public data (`<page>/summary.json`, instatus.com/help/api/public-data): the page's status (UP, HASISSUES,
 * UNDERMAINTENANCE), active incidents and active maintenances, no component list. Times are JavaScript
 * Date.toString() strings, not ISO 8601.
 */

const time = z.string().refine((s) => parseInstant(s) !== null, "a readable time");
const Item = z.object({ id: z.string().optional(), name: z.string(), status: z.string(), url: z.string().nullish() });
const Payload = z.object({
  page: z.object({ name: z.string(), url: z.string().nullish(), status: z.string() }),
  activeIncidents: z.array(Item.extend({ started: time, impact: z.string().nullish() })).default([]),
  activeMaintenances: z.array(Item.extend({ start: time.nullish(), duration: z.union([z.string(), z.number()]).nullish() })).default([]),
});

const IMPACT: Record<string, Indicator> = { MAJOROUTAGE: "critical", PARTIALOUTAGE: "major", DEGRADEDPERFORMANCE: "minor", UNDERMAINTENANCE: "maintenance", OPERATIONAL: "none" };
const PAGE: Record<string, Indicator> = { UP: "none", UNDERMAINTENANCE: "maintenance" };
const idOf = (item: z.infer<typeof Item>, at: string) => item.id ?? item.url?.replace(/\/+$/, "").split("/").pop() ?? `${item.name}@${at}`;

export function parseInstatus(json: unknown): ParseResult {
  const parsed = Payload.safeParse(json);
  if (!parsed.success) return { ok: false, error: `not an Instatus summary: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}` };
  const p = parsed.data;
  const incidents: OfficialIncident[] = p.activeIncidents.map((i) => {
    const started = toIso(parseInstant(i.started)!);
    return {
      id: idOf(i, started),
      name: i.name,
      impact: IMPACT[(i.impact ?? "").toUpperCase()] ?? "unknown",
      status: i.status.toLowerCase(),
      startedAt: started,
      acknowledgedAt: started,
      updatedAt: started,
      resolvedAt: null,
      url: i.url ?? null,
      components: [],
      updates: [],
    };
  });
  const page = p.page.status.toUpperCase();
  const indicator = PAGE[page] ?? worstIndicator(incidents.map((i) => (i.impact === "unknown" ? "minor" : i.impact)), page === "HASISSUES" ? "minor" : "unknown");
  return {
    ok: true,
    reading: makeReading({
      indicator,
      description: incidents.length ? incidents.map((i) => i.name).join("; ") : INDICATOR_WORDS[indicator],
      components: [],
      incidents,
      resolvedIncidents: [],
      maintenances: p.activeMaintenances.map((m) => {
        const start = m.start ? parseInstant(m.start) : null;
        const minutes = Number(m.duration);
        return {
          id: idOf(m, String(start)),
          name: m.name,
          status: m.status.toLowerCase(),
          scheduledFor: start === null ? null : toIso(start),
          scheduledUntil: start !== null && Number.isFinite(minutes) && minutes > 0 ? toIso(start + minutes * 60_000) : null,
          url: m.url ?? null,
        };
      }),
      listsIncidents: true,
    }),
  };
}
