import type { Db } from "@/db/client";
import { DETECTOR_STATE_VERSION, type DetectorState } from "./detector-state";
import type { Verdict } from "./step-detector";

/** Saved detector states by service id. */
export function loadDetectorStates(db: Db): Map<number, DetectorState> {
  const rows = db.$client.prepare("SELECT service_id AS id, state FROM detector_states").all() as { id: number; state: string }[];
  // A state saved by an older detector is dropped: the tick warms that service up again from the rollups.
  const states = rows.map((r) => [r.id, JSON.parse(r.state) as DetectorState] as const);
  return new Map(states.filter(([, s]) => s.version === DETECTOR_STATE_VERSION));
}

export function saveDetectorStates(db: Db, states: Map<number, DetectorState>): void {
  const upsert = db.$client.prepare(
    "INSERT INTO detector_states (service_id, state, through) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET state = excluded.state, through = excluded.through",
  );
  db.$client.transaction(() => {
    for (const [id, state] of states) if (state.t !== null) upsert.run(id, JSON.stringify(state), state.t);
  })();
}

/** Reports per minute for these services in (after, through], in (service, minute) order. */
export function readMinuteTotals(db: Db, serviceIds: number[], after: number, through: number): { s: number; m: number; c: number }[] {
  if (!serviceIds.length) return [];
  return db.$client
    .prepare(
      `SELECT service_id AS s, minute AS m, SUM(count) AS c FROM report_minutes
       WHERE service_id IN (${serviceIds.join(",")}) AND minute > ? AND minute <= ?
       GROUP BY service_id, minute ORDER BY service_id, minute`,
    )
    .all(after, through) as { s: number; m: number; c: number }[];
}

export function readIncidentStart(db: Db, id: number): number {
  return (db.$client.prepare("SELECT started_at AS s FROM incidents WHERE id = ?").get(id) as { s: number }).s;
}

export function writeServiceStatus(db: Db, rows: { serviceId: number; verdict: Verdict; windowMinutes: number; incidentId: number | null }[]): void {
  const upsert = db.$client.prepare(
    `INSERT INTO service_status (service_id, status, since, observed, expected, p, window_minutes, at, incident_id, basis)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET status = excluded.status, since = excluded.since, observed = excluded.observed,
       expected = excluded.expected, p = excluded.p, window_minutes = excluded.window_minutes, at = excluded.at,
       incident_id = excluded.incident_id, basis = excluded.basis`,
  );
  db.$client.transaction(() => {
    for (const r of rows) {
      const v = r.verdict;
      upsert.run(r.serviceId, v.status, v.since, v.observed, v.expected, v.p, r.windowMinutes, v.t, r.incidentId, v.basis);
    }
  })();
}

/** The open incident of each service that has one. */
export function readOpenIncidents(db: Db): Map<number, { id: number; peakCount: number }> {
  const rows = db.$client
    .prepare("SELECT id, service_id AS s, peak_count AS peak FROM incidents WHERE ended_at IS NULL")
    .all() as { id: number; s: number; peak: number }[];
  return new Map(rows.map((r) => [r.s, { id: r.id, peakCount: r.peak }]));
}

export function insertIncident(db: Db, serviceId: number, v: Verdict): number {
  const r = db.$client
    .prepare(
      "INSERT INTO incidents (service_id, started_at, detected_at, peak_at, peak_count, peak_expected) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .run(serviceId, v.since ?? v.t, v.t, v.t, v.observed, v.expected);
  return Number(r.lastInsertRowid);
}

export function updateIncidentPeak(db: Db, id: number, v: Verdict): void {
  db.$client.prepare("UPDATE incidents SET peak_at = ?, peak_count = ?, peak_expected = ? WHERE id = ?").run(v.t, v.observed, v.expected, id);
}

export function closeIncident(db: Db, id: number, endedAt: number, topProblems: unknown, topCountries: unknown): void {
  db.$client
    .prepare("UPDATE incidents SET ended_at = ?, top_problems = ?, top_countries = ?, closed_by = 'detector' WHERE id = ?")
    .run(endedAt, JSON.stringify(topProblems), JSON.stringify(topCountries), id);
}

/** The whole site's reports a minute over the week before `now` (the cold-start prior shares it out by popularity). */
export function readSiteRatePerMin(db: Db, now: number): number {
  const week = 7 * 86_400_000;
  const row = db.$client.prepare("SELECT SUM(count) AS n, MIN(hour) AS first FROM report_hours WHERE hour >= ? AND hour < ?").get(now - week, now) as { n: number | null; first: number | null };
  if (!row.n || row.first === null) return 0;
  // A site younger than a week is averaged over its own age, not over a week it did not exist in.
  return row.n / (Math.max(3_600_000, now - row.first) / 60_000);
}

/**
 * Each service's median reports a minute over the hours in [from, to) since its first report (hours without reports
 * count as zero), or nothing for a service with no report in that range.
 */
export function readMedianRatesPerMin(db: Db, from: number, to: number): Map<number, number> {
  const rows = db.$client.prepare("SELECT service_id AS s, hour AS h, count AS c FROM report_hours WHERE hour >= ? AND hour < ? ORDER BY service_id, hour").all(from, to) as { s: number; h: number; c: number }[];
  const out = new Map<number, number>();
  for (let i = 0; i < rows.length; ) {
    const s = rows[i].s;
    const counts: number[] = [];
    const first = rows[i].h;
    for (; i < rows.length && rows[i].s === s; i++) counts.push(rows[i].c);
    const hours = Math.max(counts.length, Math.floor((to - first) / 3_600_000));
    while (counts.length < hours) counts.push(0);
    counts.sort((a, b) => a - b);
    out.set(s, counts[Math.floor(counts.length / 2)] / 60);
  }
  return out;
}

/** The first hour with any report, per service: a detector is not warmed up on silence before a service existed. */
export function readFirstReportHours(db: Db): Map<number, number> {
  const rows = db.$client.prepare("SELECT service_id AS s, MIN(hour) AS h FROM report_hours GROUP BY service_id").all() as { s: number; h: number }[];
  return new Map(rows.map((r) => [r.s, r.h]));
}

/** Services an operator asked the detector to stand down on, and a way to mark them done. */
export function takeDetectorResets(db: Db): number[] {
  const ids = (db.$client.prepare("SELECT service_id AS s FROM detector_resets").all() as { s: number }[]).map((r) => r.s);
  if (ids.length) db.$client.prepare(`DELETE FROM detector_resets WHERE service_id IN (${ids.join(",")})`).run();
  return ids;
}
