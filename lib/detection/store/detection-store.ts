import type { TransactionOptions } from "@/db/sql-client";
import type { OutboxEvent } from "@/lib/events/event-types";

/** A stored verdict (service_status row). */
export interface StatusRow {
  serviceId: number;
  status: "ok" | "possible" | "outage";
  since: number | null;
  observed: number;
  expected: number;
  p: number;
  windowMinutes: number;
  at: number;
  incidentId: number | null;
  /** "prior" while the usual level is still the cold-start assumption, "history" once the service's own. */
  basis: "history" | "prior";
}

/** A stored incident, without its frozen chart. */
export interface IncidentRow {
  id: number;
  serviceId: number;
  startedAt: number;
  detectedAt: number;
  peakAt: number;
  peakCount: number;
  peakExpected: number;
  endedAt: number | null;
  /** JSON [{id,label,count,percent}], filled at close. */
  topProblems: string;
  topCountries: string;
  note: string | null;
  closedBy: "detector" | "operator" | null;
}

export interface OpenIncident {
  id: number;
  serviceId: number;
  startedAt: number;
  peakCount: number;
}

/** The numbers of a verdict a tick writes (one bucket's). */
export interface VerdictNumbers {
  t: number;
  since: number | null;
  observed: number;
  expected: number;
  p: number;
  status: "ok" | "possible" | "outage";
}

/** An incident the tick refers to: one already stored, or one it opens in this commit (by the open's `ref`). */
export type IncidentRef = { id: number } | { ref: number };

/** What one tick changes, applied in order in one transaction. */
export type TickOp =
  | { op: "open"; ref: number; serviceId: number; verdict: VerdictNumbers }
  | { op: "peak"; incident: IncidentRef; verdict: VerdictNumbers }
  | { op: "close"; incident: IncidentRef; endedAt: number; topProblems: string; topCountries: string; chart: string };

export interface TickCommit {
  ops: TickOp[];
  statuses: (Omit<StatusRow, "incidentId"> & { incident: IncidentRef | null })[];
  /** Detector states to save: opaque JSON (its shape belongs to the detector), and the last minute it has seen. */
  states: { serviceId: number; state: string; through: number }[];
  /** Operator requests this tick applied, removed unless a newer one came meanwhile. */
  resetsDone: { serviceId: number; requestedAt: number }[];
  /** Events the steps caused, for the outbox, written in the same transaction (their incident's id filled in). */
  events: { event: OutboxEvent; incident: IncidentRef | null }[];
  now: number;
}

export interface IncidentFilter {
  serviceId?: number;
  state: "open" | "closed" | "all";
  before?: number;
  /** Only those that started at or after this (ms). */
  since?: number;
  limit: number;
}

/** Detector states, verdicts and incidents: written by the leading node's tick, read by every node. */
export interface DetectionStore {
  loadStates(): Promise<{ serviceId: number; state: string }[]>;
  readState(serviceId: number): Promise<string | null>;
  readOpenIncidents(): Promise<OpenIncident[]>;
  /** Services an operator asked the detector to stand down on (a dismissed incident). */
  readResets(): Promise<{ serviceId: number; requestedAt: number }[]>;
  /**
   * Applies a tick in one transaction (fenced: only while this node still leads). Opening an incident that is already
   * stored for the service and start (a new leader replaying minutes its predecessor saw) reuses it, and a closed
   * incident is never updated again: a replay makes no second incident.
   */
  commitTick(commit: TickCommit, options?: TransactionOptions): Promise<void>;
  readStatuses(): Promise<StatusRow[]>;
  readStatus(serviceId: number): Promise<StatusRow | null>;
  listIncidents(filter: IncidentFilter): Promise<IncidentRow[]>;
  readIncident(id: number): Promise<(IncidentRow & { chart: string | null }) | null>;
  /** These incidents, open ones first, then the most recent. */
  readIncidents(ids: readonly number[]): Promise<IncidentRow[]>;
  /** The latest open incident of a service. */
  readOpenIncidentOf(serviceId: number): Promise<number | null>;
}
