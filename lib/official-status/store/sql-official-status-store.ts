import { inIds, type LeaseFence, type SqlClient } from "@/db/sql-client";
import type { OutboxEvent } from "@/lib/events/event-types";
import { writeOutboxEvents } from "@/lib/events/store/sql-outbox";
import type { IncidentRecord, StateChange } from "../poll/reconcile";
import type { OfficialFormat, OfficialReading } from "../types";
import type { OfficialStatusStore, PageChange, PollState, SourceRow, SourceState, StoredIncident } from "./official-status-store";

const STATE_COLUMNS = `os.etag, os.last_modified AS "lastModified", os.checked_at AS "checkedAt", os.attempted_at AS "attemptedAt",
  os.failures, os.next_poll_at AS "nextPollAt", os.stale, os.last_error AS "lastError", os.reading`;

const INCIDENT_COLUMNS = `service_id AS "serviceId", vendor_id AS "vendorId", name, impact, status, started_at AS "startedAt",
  acknowledged_at AS "acknowledgedAt", updated_at AS "updatedAt", resolved_at AS "resolvedAt", url, components, updates`;

type RawState = Omit<PollState, "reading" | "stale" | "failures"> & { reading: string | null; stale: unknown; failures: number | null };
type RawIncident = Omit<StoredIncident, "components" | "updates"> & { components: string; updates: string };

const EMPTY: PollState = { etag: null, lastModified: null, checkedAt: null, attemptedAt: null, failures: 0, nextPollAt: null, stale: false, lastError: null, reading: null };

function toState(r: RawState): PollState {
  return { ...r, failures: r.failures ?? 0, stale: Boolean(r.stale), reading: r.reading ? (JSON.parse(r.reading) as OfficialReading) : null };
}

function toIncident(r: RawIncident): StoredIncident {
  return { ...r, impact: r.impact as StoredIncident["impact"], components: JSON.parse(r.components), updates: JSON.parse(r.updates) };
}

/** The official-status store in SQL both dialects run. */
export class SqlOfficialStatusStore implements OfficialStatusStore {
  constructor(private readonly sql: SqlClient) {}

  async readSources(): Promise<SourceRow[]> {
    const rows = await this.sql.all<RawState & { serviceId: number; slug: string; name: string; format: string; url: string; stateFormat: string | null; stateUrl: string | null }>(
      `SELECT s.id AS "serviceId", s.slug, s.name, s.official_format AS format, s.official_url AS url, os.format AS "stateFormat", os.url AS "stateUrl", ${STATE_COLUMNS}
       FROM services s LEFT JOIN official_sources os ON os.service_id = s.id
       WHERE s.hidden = ? AND s.official_format IS NOT NULL AND s.official_url IS NOT NULL ORDER BY s.id`,
      [0],
    );
    return rows.map(({ stateFormat, stateUrl, serviceId, slug, name, format, url, ...raw }) => {
      const same = stateFormat === format && stateUrl === url;
      return { serviceId, slug, name, format: format as OfficialFormat, url, ...(same ? toState(raw) : EMPTY) };
    });
  }

  async readStates(serviceIds: readonly number[]): Promise<SourceState[]> {
    if (!serviceIds.length) return [];
    const rows = await this.sql.all<RawState & { serviceId: number; format: string; url: string }>(
      `SELECT os.service_id AS "serviceId", os.format, os.url, ${STATE_COLUMNS} FROM official_sources os WHERE os.service_id ${inIds(serviceIds)}`,
    );
    return rows.map(({ serviceId, format, url, ...raw }) => ({ serviceId, format, url, ...toState(raw) }));
  }

  async readIncidents(serviceId: number, vendorIds: string[]): Promise<IncidentRecord[]> {
    const ids = [...new Set(vendorIds)];
    const rows = await this.sql.all<RawIncident>(
      `SELECT ${INCIDENT_COLUMNS} FROM official_incidents WHERE service_id = ? AND (resolved_at IS NULL${ids.length ? ` OR vendor_id IN (${ids.map(() => "?").join(",")})` : ""})`,
      [serviceId, ...ids],
    );
    return rows.map((r) => {
      const { serviceId: _s, ...record } = toIncident(r);
      return record;
    });
  }

  async readIncidentsBetween(serviceIds: readonly number[], from: number, to: number): Promise<StoredIncident[]> {
    if (!serviceIds.length) return [];
    const rows = await this.sql.all<RawIncident>(
      `SELECT ${INCIDENT_COLUMNS} FROM official_incidents WHERE service_id ${inIds(serviceIds)} AND acknowledged_at >= ? AND acknowledged_at <= ? ORDER BY acknowledged_at, id`,
      [from, to],
    );
    return rows.map(toIncident);
  }

  async readPageChanges(serviceIds: readonly number[], from: number, to: number): Promise<PageChange[]> {
    if (!serviceIds.length) return [];
    return this.sql.all<PageChange>(
      `SELECT service_id AS "serviceId", from_status AS "from", to_status AS "to", at FROM official_changes
       WHERE service_id ${inIds(serviceIds)} AND subject = 'page' AND at >= ? AND at <= ? ORDER BY at, id`,
      [from, to],
    );
  }

  applyPoll(
    source: { serviceId: number; format: OfficialFormat; url: string },
    outcome: { state: PollState; upserts: IncidentRecord[]; changes: StateChange[]; events?: readonly OutboxEvent[]; now: number },
    options: { fence?: LeaseFence } = {},
  ): Promise<{ inserted: string[]; announced: string[] }> {
    const { state, upserts, changes, events = [], now } = outcome;
    return this.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO official_sources (service_id, format, url, etag, last_modified, checked_at, attempted_at, failures, next_poll_at, stale, last_error, reading)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (service_id) DO UPDATE SET format = excluded.format, url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
           checked_at = excluded.checked_at, attempted_at = excluded.attempted_at, failures = excluded.failures, next_poll_at = excluded.next_poll_at,
           stale = excluded.stale, last_error = excluded.last_error, reading = excluded.reading`,
        [
          source.serviceId,
          source.format,
          source.url,
          state.etag,
          state.lastModified,
          state.checkedAt,
          state.attemptedAt,
          state.failures,
          state.nextPollAt,
          state.stale ? 1 : 0,
          state.lastError,
          state.reading ? JSON.stringify(state.reading) : null,
        ],
      );
      const inserted: string[] = [];
      if (upserts.length) {
        const ids = upserts.map((u) => u.vendorId);
        const known = new Set(
          (await tx.all<{ v: string }>(`SELECT vendor_id AS v FROM official_incidents WHERE service_id = ? AND vendor_id IN (${ids.map(() => "?").join(",")})`, [source.serviceId, ...ids])).map((r) => r.v),
        );
        for (const u of upserts) {
          if (!known.has(u.vendorId)) inserted.push(u.vendorId);
          // The first public word never moves later: a vendor that edits or trims its updates does not shorten its lag.
          await tx.run(
            `INSERT INTO official_incidents (service_id, vendor_id, name, impact, status, started_at, acknowledged_at, updated_at, resolved_at, url, components, updates)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (service_id, vendor_id) DO UPDATE SET name = excluded.name, impact = excluded.impact, status = excluded.status,
               started_at = excluded.started_at, acknowledged_at = CASE WHEN excluded.acknowledged_at < official_incidents.acknowledged_at THEN excluded.acknowledged_at ELSE official_incidents.acknowledged_at END,
               updated_at = excluded.updated_at,
               resolved_at = excluded.resolved_at, url = excluded.url, components = excluded.components, updates = excluded.updates`,
            [source.serviceId, u.vendorId, u.name, u.impact, u.status, u.startedAt, u.acknowledgedAt, u.updatedAt, u.resolvedAt, u.url, JSON.stringify(u.components), JSON.stringify(u.updates)],
          );
        }
      }
      for (const c of changes) {
        await tx.run("INSERT INTO official_changes (service_id, subject, name, from_status, to_status, at) VALUES (?, ?, ?, ?, ?, ?)", [source.serviceId, c.subject, c.name, c.from, c.to, c.at]);
      }
      // In the same commit as what they report: an acknowledgement and its alert exist together or not at all.
      const announced = await writeOutboxEvents(tx, events, now);
      return { inserted, announced };
    }, options.fence ? { fence: options.fence } : undefined);
  }
}
