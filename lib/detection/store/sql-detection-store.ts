import { inIds, type SqlClient, type TransactionOptions } from "@/db/sql-client";
import { writeOutboxEvents } from "@/lib/events/store/sql-outbox";
import { finalizeIncidentEvent } from "../incident-events";
import type { DetectionStore, IncidentFilter, IncidentRef, IncidentRow, OpenIncident, StatusRow, TickCommit, VerdictNumbers } from "./detection-store";

const INCIDENT_COLUMNS = `id, service_id AS "serviceId", started_at AS "startedAt", detected_at AS "detectedAt", peak_at AS "peakAt",
  peak_count AS "peakCount", peak_expected AS "peakExpected", ended_at AS "endedAt", top_problems AS "topProblems",
  top_countries AS "topCountries", note, closed_by AS "closedBy"`;
const STATUS_COLUMNS = `service_id AS "serviceId", status, since, observed, expected, p, window_minutes AS "windowMinutes", at, incident_id AS "incidentId", basis`;

/** The detection store in SQL both dialects run. */
export class SqlDetectionStore implements DetectionStore {
  constructor(private readonly sql: SqlClient) {}

  loadStates() {
    return this.sql.all<{ serviceId: number; state: string }>(`SELECT service_id AS "serviceId", state FROM detector_states`);
  }

  async readState(serviceId: number): Promise<string | null> {
    return (await this.sql.get<{ state: string }>("SELECT state FROM detector_states WHERE service_id = ?", [serviceId]))?.state ?? null;
  }

  readOpenIncidents() {
    return this.sql.all<OpenIncident>(`SELECT id, service_id AS "serviceId", started_at AS "startedAt", peak_count AS "peakCount" FROM incidents WHERE ended_at IS NULL`);
  }

  readResets() {
    return this.sql.all<{ serviceId: number; requestedAt: number }>(`SELECT service_id AS "serviceId", requested_at AS "requestedAt" FROM detector_resets`);
  }

  commitTick(commit: TickCommit, options?: TransactionOptions): Promise<void> {
    return this.sql.transaction(async (tx) => {
      const ids = new Map<number, number | null>();
      const resolve = (r: IncidentRef) => ("id" in r ? r.id : (ids.get(r.ref) ?? null));
      for (const o of commit.ops) {
        if (o.op === "open") ids.set(o.ref, await openIncident(tx, o.serviceId, o.verdict));
        else if (o.op === "peak") {
          const id = resolve(o.incident);
          if (id !== null) await tx.run("UPDATE incidents SET peak_at = ?, peak_count = ?, peak_expected = ? WHERE id = ? AND ended_at IS NULL", [o.verdict.t, o.verdict.observed, o.verdict.expected, id]);
        } else {
          const id = resolve(o.incident);
          if (id !== null)
            await tx.run("UPDATE incidents SET ended_at = ?, top_problems = ?, top_countries = ?, closed_by = 'detector', chart = ? WHERE id = ? AND ended_at IS NULL", [o.endedAt, o.topProblems, o.topCountries, o.chart, id]);
        }
      }
      for (const s of commit.statuses) {
        await tx.run(
          `INSERT INTO service_status (service_id, status, since, observed, expected, p, window_minutes, at, incident_id, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (service_id) DO UPDATE SET status = excluded.status, since = excluded.since, observed = excluded.observed, expected = excluded.expected,
             p = excluded.p, window_minutes = excluded.window_minutes, at = excluded.at, incident_id = excluded.incident_id, basis = excluded.basis`,
          [s.serviceId, s.status, s.since, s.observed, s.expected, s.p, s.windowMinutes, s.at, s.incident ? resolve(s.incident) : null, s.basis],
        );
      }
      for (const s of commit.states) {
        await tx.run(
          "INSERT INTO detector_states (service_id, state, through) VALUES (?, ?, ?) ON CONFLICT (service_id) DO UPDATE SET state = excluded.state, through = excluded.through",
          [s.serviceId, s.state, s.through],
        );
      }
      await writeOutboxEvents(tx, commit.events.map((e) => finalizeIncidentEvent(e, e.incident ? resolve(e.incident) : null)), commit.now);
      for (const r of commit.resetsDone) await tx.run("DELETE FROM detector_resets WHERE service_id = ? AND requested_at <= ?", [r.serviceId, r.requestedAt]);
    }, options);
  }

  readStatuses() {
    return this.sql.all<StatusRow>(`SELECT ${STATUS_COLUMNS} FROM service_status`);
  }

  async readStatus(serviceId: number): Promise<StatusRow | null> {
    return (await this.sql.get<StatusRow>(`SELECT ${STATUS_COLUMNS} FROM service_status WHERE service_id = ?`, [serviceId])) ?? null;
  }

  listIncidents({ serviceId, state, before, since, limit }: IncidentFilter) {
    const where: string[] = [];
    const args: number[] = [];
    if (since !== undefined) {
      where.push("started_at >= ?");
      args.push(since);
    }
    if (before !== undefined) {
      where.push("started_at < ?");
      args.push(before);
    }
    if (serviceId !== undefined) {
      where.push("service_id = ?");
      args.push(serviceId);
    }
    if (state === "open") where.push("ended_at IS NULL");
    if (state === "closed") where.push("ended_at IS NOT NULL");
    // Lists leave out the frozen chart (a few KB each).
    return this.sql.all<IncidentRow>(
      `SELECT ${INCIDENT_COLUMNS} FROM incidents ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC LIMIT ?`,
      [...args, limit],
    );
  }

  async readIncident(id: number) {
    return (await this.sql.get<IncidentRow & { chart: string | null }>(`SELECT ${INCIDENT_COLUMNS}, chart FROM incidents WHERE id = ?`, [id])) ?? null;
  }

  readIncidents(ids: readonly number[]): Promise<IncidentRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.sql.all<IncidentRow>(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id ${inIds(ids)} ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC`);
  }

  async readOpenIncidentOf(serviceId: number): Promise<number | null> {
    return (await this.sql.get<{ id: number }>("SELECT id FROM incidents WHERE service_id = ? AND ended_at IS NULL ORDER BY id DESC LIMIT 1", [serviceId]))?.id ?? null;
  }
}

/**
 * Two incidents of one service never start this close together (an ended outage cools down for hours first), so an
 * incident stored this near the start is the same outage, seen again by a new leader replaying minutes its
 * predecessor saw (a report that landed late in a minute can move the start a little).
 */
const SAME_OUTAGE_MS = 15 * 60_000;

/** The incident of this service that started then: the stored one (a replay), else a new one; null if already closed. */
async function openIncident(tx: SqlClient, serviceId: number, v: VerdictNumbers): Promise<number | null> {
  const startedAt = v.since ?? v.t;
  const stored = await tx.get<{ id: number; endedAt: number | null }>(
    `SELECT id, ended_at AS "endedAt" FROM incidents WHERE service_id = ? AND started_at >= ? AND started_at <= ? ORDER BY ABS(started_at - ?), id LIMIT 1`,
    [serviceId, startedAt - SAME_OUTAGE_MS, startedAt + SAME_OUTAGE_MS, startedAt],
  );
  if (stored) return stored.endedAt === null ? stored.id : null;
  const row = await tx.get<{ id: number }>(
    "INSERT INTO incidents (service_id, started_at, detected_at, peak_at, peak_count, peak_expected) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    [serviceId, startedAt, v.t, v.t, v.observed, v.expected],
  );
  return row!.id;
}
