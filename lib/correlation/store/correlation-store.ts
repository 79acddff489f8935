import type { TransactionOptions } from "@/db/sql-client";
import type { UsualMix } from "../assess-incident";
import type { GroupWindow } from "../join-incidents";
import type { GroupExplanation, Locality, Member, Role } from "../types";

/** An assessed incident with what grouping needs from the incident itself. */
export interface AssessedIncident extends Member {
  groupId: number | null;
  localityThrough: number;
  /** An operator dismissed it as a false alarm: it counts for nothing. */
  dismissed: boolean;
}

export interface StoredGroup extends GroupWindow {
  memberCount: number;
  explanation: string;
  updatedAt: number;
  evaluatedThrough: number;
  evaluatedAt: number;
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

/** A group as readers see it, before its members and words are added. */
export interface GroupRow {
  id: number;
  started_at: number;
  ended_at: number | null;
  explanation: string;
  updated_at: number;
}

/** A member of a group as readers see it. */
export interface MemberRow {
  group_id: number;
  incident_id: number;
  role: Role | null;
  locality: string;
  service_id: number;
  started_at: number;
  detected_at: number;
  ended_at: number | null;
  peak_count: number;
  peak_expected: number;
}

export interface GroupFilter {
  state: "open" | "closed" | "all";
  limit: number;
  before?: number;
  /** Groups this service was in, or was named the cause of. */
  serviceId?: number;
  /** Local groups of this country (ISO code, upper case). */
  country?: string;
}

/** Incident assessments and incident groups: written by the leading node after each tick, read by every node. */
export interface CorrelationStore {
  /** Runs `fn` in one transaction on a store bound to it (fenced: only while this node still leads). */
  transaction<T>(fn: (tx: CorrelationStore) => Promise<T>, options?: TransactionOptions): Promise<T>;

  /** Incidents the correlation step has not seen yet. */
  readFreshIncidents(): Promise<{ id: number; serviceId: number; startedAt: number }[]>;
  insertAssessment(a: { incidentId: number; serviceId: number; startedAt: number; locality: Locality; usual: UsualMix; through: number }): Promise<void>;
  updateLocality(incidentId: number, locality: Locality, through: number): Promise<void>;
  /** Assessed incidents that began in [from, to]. */
  readAssessedBetween(from: number, to: number): Promise<AssessedIncident[]>;
  /** Incidents whose locality window was still filling at the last tick. */
  readUnsettledLocalities(since: number, windowMs: number): Promise<(AssessedIncident & { usual: UsualMix })[]>;
  readGroupMembers(groupId: number): Promise<AssessedIncident[]>;
  /** Groups that began in [from, to]. */
  readGroupsBetween(from: number, to: number): Promise<StoredGroup[]>;
  readOpenGroups(): Promise<StoredGroup[]>;
  readStoredGroup(id: number): Promise<StoredGroup | null>;
  /** A new group around these incidents; its explanation is written by the evaluation that follows. */
  insertGroup(members: readonly { incidentId: number; startedAt: number }[], now: number): Promise<number>;
  /** Adds an incident to a group and widens the group's time window to match. */
  joinGroup(incidentId: number, groupId: number, window: { startedAt: number; lastStartedAt: number }): Promise<void>;
  writeGroup(id: number, g: GroupUpdate, roles: Record<number, Role | null>): Promise<void>;
  /** Groups that still count an incident an operator has since dismissed as a false alarm (began after `since`). */
  readGroupsWithDismissed(since: number): Promise<number[]>;
  /** Incidents that began in [from, to): the observed rate of chance coincidences. */
  countIncidentsBetween(from: number, to: number): Promise<number>;

  /** Readers: groups with two or more counted members, open ones first, then the most recent. */
  listGroups(filter: GroupFilter): Promise<GroupRow[]>;
  readGroups(ids: readonly number[]): Promise<GroupRow[]>;
  /** Counted members (not dismissed) of these groups, in start order. */
  readMembers(groupIds: readonly number[]): Promise<MemberRow[]>;
  /** Which group each of these incidents is in. */
  readGroupLinks(incidentIds: readonly number[]): Promise<{ incidentId: number; groupId: number }[]>;
  readAssessment(incidentId: number): Promise<{ serviceId: number; groupId: number | null; role: Role | null; locality: string } | null>;
  /**
   * Incidents that began since `since` (operator-dismissed ones left out), open ones first, then the most recent,
   * with their top countries (JSON) and their assessed locality (JSON; null before assessment).
   */
  readIncidentLocalities(since: number): Promise<{ id: number; topCountries: string; locality: string | null }[]>;
  /** Open groups of two or more a service is in (by an open incident) or named as the cause of, newest first. */
  readOpenGroupIdsOf(serviceId: number): Promise<number[]>;
}
