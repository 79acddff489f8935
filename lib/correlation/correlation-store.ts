import type { Db } from "@/db/client";
import { prepareCached } from "./prepare-cached";
import type { UsualMix } from "./assess-incident";
import type { GroupWindow } from "./join-incidents";
import type { GroupExplanation, Locality, Member, Role } from "./types";

/** An assessed incident with what grouping needs from the incident itself. */
export interface AssessedIncident extends Member {
  groupId: number | null;
  localityThrough: number;
  /** An operator dismissed it as a false alarm: it counts for nothing. */
  dismissed: boolean;
}

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

/** Incidents the correlation step has not seen yet (ids only grow, and each tick assesses every new one). */
export function readFreshIncidents(db: Db): { id: number; serviceId: number; startedAt: number }[] {
  return prepareCached(
    db,
    `SELECT id, service_id AS serviceId, started_at AS startedAt FROM incidents
     WHERE id > COALESCE((SELECT MAX(incident_id) FROM incident_assessments), 0) ORDER BY started_at, id`,
  ).all() as { id: number; serviceId: number; startedAt: number }[];
}

export function insertAssessment(db: Db, a: { incidentId: number; serviceId: number; startedAt: number; locality: Locality; usual: UsualMix; through: number }): void {
  const insert = prepareCached(db, "INSERT INTO incident_assessments (incident_id, service_id, started_at, locality, usual_mix, locality_through) VALUES (?, ?, ?, ?, ?, ?)");
  insert.run(a.incidentId, a.serviceId, a.startedAt, JSON.stringify(a.locality), JSON.stringify(a.usual), a.through);
}

export function updateLocality(db: Db, incidentId: number, locality: Locality, through: number): void {
  prepareCached(db, "UPDATE incident_assessments SET locality = ?, locality_through = ? WHERE incident_id = ?").run(JSON.stringify(locality), through, incidentId);
}

/** Assessed incidents that began in [from, to]. */
export function readAssessedBetween(db: Db, from: number, to: number): AssessedIncident[] {
  return (prepareCached(db, `${ASSESSED} WHERE a.started_at >= ? AND a.started_at <= ? ORDER BY a.started_at, a.incident_id`).all(from, to) as AssessedRow[]).map(toAssessed);
}

/** Incidents whose locality window was still filling at the last tick. */
export function readUnsettledLocalities(db: Db, since: number, windowMs: number): (AssessedIncident & { usual: UsualMix })[] {
  const rows = prepareCached(db, `${ASSESSED} WHERE a.started_at >= ? AND a.locality_through < a.started_at + ?`).all(since, windowMs) as AssessedRow[];
  return rows.map((r) => ({ ...toAssessed(r), usual: JSON.parse(r.usual_mix) as UsualMix }));
}

export function readGroupMembers(db: Db, groupId: number): AssessedIncident[] {
  return (prepareCached(db, `${ASSESSED} WHERE a.group_id = ? ORDER BY a.started_at, a.incident_id`).all(groupId) as AssessedRow[]).map(toAssessed);
}

interface GroupRow {
  id: number;
  started_at: number;
  last_started_at: number;
  ended_at: number | null;
  kind: GroupWindow["kind"];
  cause_service_id: number | null;
  member_count: number;
  explanation: string;
  updated_at: number;
  evaluated_through: number;
  evaluated_at: number;
}

export interface StoredGroup extends GroupWindow {
  memberCount: number;
  explanation: string;
  updatedAt: number;
  evaluatedThrough: number;
  evaluatedAt: number;
}

const toGroup = (r: GroupRow): StoredGroup => ({
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

/** Groups that began in [from, to]. */
export function readGroupsBetween(db: Db, from: number, to: number): StoredGroup[] {
  return (prepareCached(db, "SELECT * FROM incident_groups WHERE started_at >= ? AND started_at <= ? ORDER BY id").all(from, to) as GroupRow[]).map(toGroup);
}

export function readOpenGroups(db: Db): StoredGroup[] {
  return (prepareCached(db, "SELECT * FROM incident_groups WHERE ended_at IS NULL ORDER BY id").all() as GroupRow[]).map(toGroup);
}

export function readStoredGroup(db: Db, id: number): StoredGroup | null {
  const row = prepareCached(db, "SELECT * FROM incident_groups WHERE id = ?").get(id) as GroupRow | undefined;
  return row ? toGroup(row) : null;
}

/** A new group around these incidents; its explanation is written by the evaluation that follows. */
export function insertGroup(db: Db, members: readonly { incidentId: number; startedAt: number }[], now: number): number {
  const starts = members.map((m) => m.startedAt);
  const empty: GroupExplanation = { kind: "unexplained", causes: [], roles: {}, rejected: null, chanceExpected: null };
  const r = prepareCached(
    db,
    `INSERT INTO incident_groups (started_at, last_started_at, kind, member_count, explanation, updated_at, evaluated_through)
     VALUES (?, ?, 'unexplained', ?, ?, ?, 0)`,
  ).run(Math.min(...starts), Math.max(...starts), members.length, JSON.stringify(empty), now);
  const id = Number(r.lastInsertRowid);
  const link = prepareCached(db, "UPDATE incident_assessments SET group_id = ? WHERE incident_id = ?");
  for (const m of members) link.run(id, m.incidentId);
  return id;
}

/** Adds an incident to a group and widens the group's time window to match (its explanation follows at evaluation). */
export function joinGroup(db: Db, incidentId: number, groupId: number, window: { startedAt: number; lastStartedAt: number }): void {
  prepareCached(db, "UPDATE incident_assessments SET group_id = ? WHERE incident_id = ?").run(groupId, incidentId);
  prepareCached(db, "UPDATE incident_groups SET started_at = ?, last_started_at = ? WHERE id = ?").run(window.startedAt, window.lastStartedAt, groupId);
}

export interface GroupUpdate {
  startedAt: number;
  lastStartedAt: number;
  endedAt: number | null;
  memberCount: number;
  explanation: GroupExplanation;
  confidence: number | null;
  causeServiceId: number | null;
  causeCountry: string | null;
  updatedAt: number;
  evaluatedThrough: number;
  evaluatedAt: number;
}

export function writeGroup(db: Db, id: number, g: GroupUpdate, roles: Record<number, Role | null>): void {
  prepareCached(
    db,
    `UPDATE incident_groups SET started_at = ?, last_started_at = ?, ended_at = ?, kind = ?, cause_service_id = ?, cause_country = ?,
       confidence = ?, member_count = ?, explanation = ?, updated_at = ?, evaluated_through = ?, evaluated_at = ? WHERE id = ?`,
  ).run(g.startedAt, g.lastStartedAt, g.endedAt, g.explanation.kind, g.causeServiceId, g.causeCountry, g.confidence, g.memberCount, JSON.stringify(g.explanation), g.updatedAt, g.evaluatedThrough, g.evaluatedAt, id);
  const setRole = prepareCached(db, "UPDATE incident_assessments SET role = ? WHERE incident_id = ?");
  for (const [incidentId, role] of Object.entries(roles)) setRole.run(role, Number(incidentId));
}

/** Groups that still count an incident an operator has since dismissed as a false alarm (began after `since`). */
export function readGroupsWithDismissed(db: Db, since: number): number[] {
  const rows = prepareCached(
    db,
    `SELECT DISTINCT a.group_id AS g FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id
     WHERE a.started_at >= ? AND a.group_id IS NOT NULL AND a.role IS NOT NULL AND i.closed_by = 'operator'`,
  ).all(since) as { g: number }[];
  return rows.map((r) => r.g);
}

/** Incidents that began in [from, to): the observed rate of chance coincidences. */
export function countIncidentsBetween(db: Db, from: number, to: number): number {
  return (prepareCached(db, "SELECT COUNT(*) AS n FROM incident_assessments WHERE started_at >= ? AND started_at < ?").get(from, to) as { n: number }).n;
}
