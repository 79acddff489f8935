import type { Db } from "@/db/client";
import { findService, findServiceById } from "@/lib/catalog/read-catalog";
import { readSharesBetween, type Share } from "@/lib/reports/read-breakdown";
import { LIVE_BUCKET_MS } from "./config";

export interface Incident {
  id: number;
  service: { slug: string; name: string };
  /** When the surge began, when the detector called it an outage, its peak, and when it ended (null while open). */
  startedAt: string;
  detectedAt: string;
  peakAt: string;
  /** Reports in the evaluation window at the peak, and how many were expected then. */
  peakReports: number;
  peakExpected: number;
  endedAt: string | null;
  open: boolean;
  topProblems: Share[];
  topCountries: Share[];
  /** An operator's public note (why it was dismissed). */
  note: string | null;
  /** Who closed it: the detector (reports back to normal) or an operator (a false alarm); null while open. */
  closedBy: "detector" | "operator" | null;
}

interface Row {
  id: number;
  service_id: number;
  started_at: number;
  detected_at: number;
  peak_at: number;
  peak_count: number;
  peak_expected: number;
  ended_at: number | null;
  top_problems: string;
  top_countries: string;
  note: string | null;
  closed_by: "detector" | "operator" | null;
}

// Lists leave out the frozen chart (a few KB each); readIncidentRow reads it for one incident.
const LIST_COLUMNS = "id, service_id, started_at, detected_at, peak_at, peak_count, peak_expected, ended_at, top_problems, top_countries, note, closed_by";

const iso = (t: number) => new Date(t).toISOString();

function toIncident(db: Db, r: Row, now: number): Incident | null {
  const service = findServiceById(db, r.service_id);
  if (!service || service.hidden) return null;
  // An open incident's breakdown is read live; a closed one's was frozen when it closed.
  const live = r.ended_at === null ? readSharesBetween({ db, service, from: r.started_at, to: Math.floor(now / LIVE_BUCKET_MS) * LIVE_BUCKET_MS + LIVE_BUCKET_MS }) : null;
  return {
    id: r.id,
    service: { slug: service.slug, name: service.name },
    startedAt: iso(r.started_at),
    detectedAt: iso(r.detected_at),
    peakAt: iso(r.peak_at),
    peakReports: r.peak_count,
    peakExpected: Math.round(r.peak_expected * 10) / 10,
    endedAt: r.ended_at === null ? null : iso(r.ended_at),
    open: r.ended_at === null,
    topProblems: live ? live.problems.slice(0, 5) : (JSON.parse(r.top_problems) as Share[]),
    topCountries: live ? live.countries.slice(0, 5) : (JSON.parse(r.top_countries) as Share[]),
    note: r.note,
    closedBy: r.ended_at === null ? null : (r.closed_by ?? "detector"),
  };
}

/** One incident with its service id and its frozen chart (JSON, null until it closes); null if unknown or hidden. */
export function readIncidentRow({ db, id, now }: { db: Db; id: number; now: number }): { incident: Incident; serviceId: number; chart: string | null } | null {
  const row = db.$client.prepare(`SELECT ${LIST_COLUMNS}, chart FROM incidents WHERE id = ?`).get(id) as (Row & { chart: string | null }) | undefined;
  const incident = row ? toIncident(db, row, now) : null;
  return row && incident ? { incident, serviceId: row.service_id, chart: row.chart } : null;
}

/**
 * Open incidents first, then the most recent; optionally one service's only, and only those that started
 * before `before` (ms; the cursor of the next page).
 */
export function listIncidents({ db, now, service, state = "all", limit = 50, before }: { db: Db; now: number; service?: string; state?: "open" | "closed" | "all"; limit?: number; before?: number }): Incident[] | null {
  const where: string[] = [];
  const args: number[] = [];
  if (before !== undefined) {
    where.push("started_at < ?");
    args.push(before);
  }
  if (service) {
    const s = findService(db, service);
    if (!s) return null;
    where.push("service_id = ?");
    args.push(s.id);
  }
  if (state === "open") where.push("ended_at IS NULL");
  if (state === "closed") where.push("ended_at IS NOT NULL");
  const rows = db.$client
    .prepare(`SELECT ${LIST_COLUMNS} FROM incidents ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY (ended_at IS NULL) DESC, started_at DESC LIMIT ?`)
    .all(...args, limit) as Row[];
  return rows.map((r) => toIncident(db, r, now)).filter((i): i is Incident => i !== null);
}

/** These incidents (hidden services' left out), open ones first, then the most recent. */
export function listIncidentsByIds({ db, now, ids }: { db: Db; now: number; ids: number[] }): Incident[] {
  if (!ids.length) return [];
  const rows = db.$client
    .prepare(`SELECT ${LIST_COLUMNS} FROM incidents WHERE id IN (${ids.map(Number).join(",")}) ORDER BY (ended_at IS NULL) DESC, started_at DESC`)
    .all() as Row[];
  return rows.map((r) => toIncident(db, r, now)).filter((i): i is Incident => i !== null);
}
