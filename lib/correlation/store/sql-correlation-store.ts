import type { OutboxEvent } from "@/lib/events/event-types";
import { writeOutboxEvents } from "@/lib/events/store/sql-outbox";
import { inIds, type SqlClient, type TransactionOptions } from "@/db/sql-client";
import type { UsualMix } from "../assess-incident";
import type { GroupExplanation, Locality, Role } from "../types";
import type { AssessedIncident, CorrelationStore, GroupFilter, GroupRow, GroupUpdate, MemberRow, StoredGroup } from "./correlation-store";

interface AssessedRow {
  incident_id: number;
  service_id: number;
  started_at: number;
  group_id: number | null;
  locality: string;
  usual_mix: string;
  locality_through: number;
  ended_at: number | null;
  closed_by: string | null;
}

const ASSESSED = `SELECT a.incident_id, a.service_id, a.started_at, a.group_id, a.locality, a.usual_mix, a.locality_through, i.ended_at, i.closed_by
  FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id`;

function toAssessed(r: AssessedRow): AssessedIncident {
  return {
    incidentId: r.incident_id,
    serviceId: r.service_id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    groupId: r.group_id,
    locality: JSON.parse(r.locality) as Locality,
    usualMix: (JSON.parse(r.usual_mix) as UsualMix).mix,
    localityThrough: r.locality_through,
    dismissed: r.closed_by === "operator",
  };
}

interface StoredGroupRow {
  id: number;
  started_at: number;
  last_started_at: number;
  ended_at: number | null;
  kind: StoredGroup["kind"];
  cause_service_id: number | null;
  member_count: number;
  explanation: string;
  updated_at: number;
  evaluated_through: number;
  evaluated_at: number;
}

const toGroup = (r: StoredGroupRow): StoredGroup => ({
  id: r.id,
  startedAt: r.started_at,
  lastStartedAt: r.last_started_at,
  endedAt: r.ended_at,
  kind: r.kind,
  causeServiceId: r.cause_service_id,
  memberCount: r.member_count,
  explanation: r.explanation,
  updatedAt: r.updated_at,
  evaluatedThrough: r.evaluated_through,
  evaluatedAt: r.evaluated_at,
});

const GROUP_COLUMNS = "id, started_at, last_started_at, ended_at, kind, cause_service_id, member_count, explanation, updated_at, evaluated_through, evaluated_at";
const PUBLIC_GROUP_COLUMNS = "id, started_at, ended_at, explanation, updated_at";

/** The correlation store in SQL both dialects run. */
export class SqlCorrelationStore implements CorrelationStore {
  constructor(private readonly sql: SqlClient) {}

  transaction<T>(fn: (tx: CorrelationStore) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.sql.transaction((tx) => fn(new SqlCorrelationStore(tx)), options);
  }

  readFreshIncidents() {
    // Ids only grow, and each pass assesses every new one in the same transaction.
    return this.sql.all<{ id: number; serviceId: number; startedAt: number }>(
      `SELECT id, service_id AS "serviceId", started_at AS "startedAt" FROM incidents
       WHERE id > COALESCE((SELECT MAX(incident_id) FROM incident_assessments), 0) ORDER BY started_at, id`,
    );
  }

  async insertAssessment(a: { incidentId: number; serviceId: number; startedAt: number; locality: Locality; usual: UsualMix; through: number }): Promise<void> {
    await this.sql.run("INSERT INTO incident_assessments (incident_id, service_id, started_at, locality, usual_mix, locality_through) VALUES (?, ?, ?, ?, ?, ?)", [
      a.incidentId,
      a.serviceId,
      a.startedAt,
      JSON.stringify(a.locality),
      JSON.stringify(a.usual),
      a.through,
    ]);
  }

  async updateLocality(incidentId: number, locality: Locality, through: number): Promise<void> {
    await this.sql.run("UPDATE incident_assessments SET locality = ?, locality_through = ? WHERE incident_id = ?", [JSON.stringify(locality), through, incidentId]);
  }

  async readAssessedBetween(from: number, to: number): Promise<AssessedIncident[]> {
    return (await this.sql.all<AssessedRow>(`${ASSESSED} WHERE a.started_at >= ? AND a.started_at <= ? ORDER BY a.started_at, a.incident_id`, [from, to])).map(toAssessed);
  }

  async readUnsettledLocalities(since: number, windowMs: number) {
    const rows = await this.sql.all<AssessedRow>(`${ASSESSED} WHERE a.started_at >= ? AND a.locality_through < a.started_at + ?`, [since, windowMs]);
    return rows.map((r) => ({ ...toAssessed(r), usual: JSON.parse(r.usual_mix) as UsualMix }));
  }

  async readGroupMembers(groupId: number): Promise<AssessedIncident[]> {
    return (await this.sql.all<AssessedRow>(`${ASSESSED} WHERE a.group_id = ? ORDER BY a.started_at, a.incident_id`, [groupId])).map(toAssessed);
  }

  async readGroupsBetween(from: number, to: number): Promise<StoredGroup[]> {
    return (await this.sql.all<StoredGroupRow>(`SELECT ${GROUP_COLUMNS} FROM incident_groups WHERE started_at >= ? AND started_at <= ? ORDER BY id`, [from, to])).map(toGroup);
  }

  async readOpenGroups(): Promise<StoredGroup[]> {
    return (await this.sql.all<StoredGroupRow>(`SELECT ${GROUP_COLUMNS} FROM incident_groups WHERE ended_at IS NULL ORDER BY id`)).map(toGroup);
  }

  async appendEvents(events: readonly OutboxEvent[], now: number): Promise<void> {
    await writeOutboxEvents(this.sql, events, now);
  }

  async readStoredGroup(id: number): Promise<StoredGroup | null> {
    const row = await this.sql.get<StoredGroupRow>(`SELECT ${GROUP_COLUMNS} FROM incident_groups WHERE id = ?`, [id]);
    return row ? toGroup(row) : null;
  }

  async insertGroup(members: readonly { incidentId: number; startedAt: number }[], now: number): Promise<number> {
    const starts = members.map((m) => m.startedAt);
    const empty: GroupExplanation = { kind: "unexplained", causes: [], roles: {}, rejected: null, chanceExpected: null };
    const row = await this.sql.get<{ id: number }>(
      `INSERT INTO incident_groups (started_at, last_started_at, kind, member_count, explanation, updated_at, evaluated_through)
       VALUES (?, ?, 'unexplained', ?, ?, ?, 0) RETURNING id`,
      [Math.min(...starts), Math.max(...starts), members.length, JSON.stringify(empty), now],
    );
    const id = row!.id;
    for (const m of members) await this.sql.run("UPDATE incident_assessments SET group_id = ? WHERE incident_id = ?", [id, m.incidentId]);
    return id;
  }

  async joinGroup(incidentId: number, groupId: number, window: { startedAt: number; lastStartedAt: number }): Promise<void> {
    await this.sql.run("UPDATE incident_assessments SET group_id = ? WHERE incident_id = ?", [groupId, incidentId]);
    await this.sql.run("UPDATE incident_groups SET started_at = ?, last_started_at = ? WHERE id = ?", [window.startedAt, window.lastStartedAt, groupId]);
  }

  async writeGroup(id: number, g: GroupUpdate, roles: Record<number, Role | null>): Promise<void> {
    await this.sql.run(
      `UPDATE incident_groups SET started_at = ?, last_started_at = ?, ended_at = ?, kind = ?, cause_service_id = ?, cause_country = ?,
         confidence = ?, member_count = ?, explanation = ?, updated_at = ?, evaluated_through = ?, evaluated_at = ? WHERE id = ?`,
      [g.startedAt, g.lastStartedAt, g.endedAt, g.explanation.kind, g.causeServiceId, g.causeCountry, g.confidence, g.memberCount, JSON.stringify(g.explanation), g.updatedAt, g.evaluatedThrough, g.evaluatedAt, id],
    );
    for (const [incidentId, role] of Object.entries(roles)) await this.sql.run("UPDATE incident_assessments SET role = ? WHERE incident_id = ?", [role, Number(incidentId)]);
  }

  async readGroupsWithDismissed(since: number): Promise<number[]> {
    const rows = await this.sql.all<{ g: number }>(
      `SELECT DISTINCT a.group_id AS g FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id
       WHERE a.started_at >= ? AND a.group_id IS NOT NULL AND a.role IS NOT NULL AND i.closed_by = 'operator'`,
      [since],
    );
    return rows.map((r) => r.g);
  }

  async countIncidentsBetween(from: number, to: number): Promise<number> {
    return (await this.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM incident_assessments WHERE started_at >= ? AND started_at < ?", [from, to]))!.n;
  }

  listGroups({ state, limit, before, serviceId, country }: GroupFilter): Promise<GroupRow[]> {
    const where = ["member_count >= 2"];
    const args: (number | string)[] = [];
    if (serviceId !== undefined) {
      where.push("(cause_service_id = ? OR id IN (SELECT group_id FROM incident_assessments WHERE service_id = ? AND group_id IS NOT NULL))");
      args.push(serviceId, serviceId);
    }
    if (before !== undefined) {
      where.push("started_at < ?");
      args.push(before);
    }
    if (country !== undefined) {
      where.push("kind = 'local' AND cause_country = ?");
      args.push(country);
    }
    if (state === "open") where.push("ended_at IS NULL");
    if (state === "closed") where.push("ended_at IS NOT NULL");
    return this.sql.all<GroupRow>(`SELECT ${PUBLIC_GROUP_COLUMNS} FROM incident_groups WHERE ${where.join(" AND ")} ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC LIMIT ?`, [...args, limit]);
  }

  readGroups(ids: readonly number[]): Promise<GroupRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.sql.all<GroupRow>(`SELECT ${PUBLIC_GROUP_COLUMNS} FROM incident_groups WHERE id ${inIds(ids)}`);
  }

  readMembers(groupIds: readonly number[]): Promise<MemberRow[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return this.sql.all<MemberRow>(
      `SELECT a.group_id, a.incident_id, a.role, a.locality, a.service_id, i.started_at, i.detected_at, i.ended_at, i.peak_count, i.peak_expected
       FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id
       WHERE a.group_id ${inIds(groupIds)} AND (i.closed_by IS NULL OR i.closed_by <> 'operator')
       ORDER BY i.started_at, i.id`,
    );
  }

  readGroupLinks(incidentIds: readonly number[]) {
    if (!incidentIds.length) return Promise.resolve([]);
    return this.sql.all<{ incidentId: number; groupId: number }>(
      `SELECT incident_id AS "incidentId", group_id AS "groupId" FROM incident_assessments WHERE group_id IS NOT NULL AND incident_id ${inIds(incidentIds)}`,
    );
  }

  async readAssessment(incidentId: number) {
    return (
      (await this.sql.get<{ serviceId: number; groupId: number | null; role: Role | null; locality: string }>(
        `SELECT service_id AS "serviceId", group_id AS "groupId", role, locality FROM incident_assessments WHERE incident_id = ?`,
        [incidentId],
      )) ?? null
    );
  }

  readIncidentLocalities(since: number): Promise<{ id: number; topCountries: string; locality: string | null }[]> {
    return this.sql.all(
      `SELECT i.id, i.top_countries AS "topCountries", a.locality FROM incidents i LEFT JOIN incident_assessments a ON a.incident_id = i.id
       WHERE i.started_at >= ? AND (i.closed_by IS NULL OR i.closed_by <> 'operator')
       ORDER BY (i.ended_at IS NULL) DESC, i.started_at DESC, i.id DESC`,
      [since],
    );
  }

  async readOpenGroupIdsOf(serviceId: number): Promise<number[]> {
    const rows = await this.sql.all<{ id: number }>(
      `SELECT id FROM incident_groups WHERE ended_at IS NULL AND member_count >= 2
         AND (cause_service_id = ? OR id IN (SELECT a.group_id FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id WHERE a.service_id = ? AND i.ended_at IS NULL))
       ORDER BY started_at DESC, id DESC`,
      [serviceId, serviceId],
    );
    return rows.map((r) => r.id);
  }
}
