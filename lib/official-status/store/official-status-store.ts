import type { LeaseFence } from "@/db/sql-client";
import type { OutboxEvent } from "@/lib/events/event-types";
import type { OfficialFormat, OfficialReading } from "../types";
import type { IncidentRecord, StateChange } from "../poll/reconcile";

/** How a source's polling stands: what the poller needs to ask again, and the last good reading. */
export interface PollState {
  etag: string | null;
  lastModified: string | null;
  /** Last good answer (200 read, or 304): the reading's time. */
  checkedAt: number | null;
  attemptedAt: number | null;
  /** Failures in a row. */
  failures: number;
  nextPollAt: number | null;
  /** The last attempt failed: the reading (if any) is the last good one, kept. */
  stale: boolean;
  lastError: string | null;
  reading: OfficialReading | null;
}

/** A visible service that names an official source, with that source's poll state. */
export interface SourceRow extends PollState {
  serviceId: number;
  slug: string;
  name: string;
  format: OfficialFormat;
  url: string;
}

/** A source's stored state, with the format and URL it belongs to (compare them with the catalog's). */
export interface SourceState extends PollState {
  serviceId: number;
  format: string;
  url: string;
}

/** A stored vendor incident with its service. */
export interface StoredIncident extends IncidentRecord {
  serviceId: number;
}

/** A change of the vendor's page-wide indicator, as the poller saw it. */
export interface PageChange {
  serviceId: number;
  from: string | null;
  to: string;
  at: number;
}

/** The official-status domain's storage (README "Official status"; db/README.md for the store pattern). */
export interface OfficialStatusStore {
  /** Every visible service with a source; a source whose format or URL changed starts from a fresh state. */
  readSources(): Promise<SourceRow[]>;
  /** The stored poll states of these services (any format or URL: the caller compares with the catalog). */
  readStates(serviceIds: readonly number[]): Promise<SourceState[]>;
  /** A service's stored vendor incidents: the open ones, and any with these vendor ids. */
  readIncidents(serviceId: number, vendorIds: string[]): Promise<IncidentRecord[]>;
  /** Vendor incidents of these services first published in [from, to] (ms), oldest first. */
  readIncidentsBetween(serviceIds: readonly number[], from: number, to: number): Promise<StoredIncident[]>;
  /** Changes of the page indicator of these services in [from, to] (ms), oldest first. */
  readPageChanges(serviceIds: readonly number[], from: number, to: number): Promise<PageChange[]>;
  /**
   * One poll's outcome in one transaction: the new state, incidents inserted or updated, state changes, and the
   * events they call for (to the outbox). Returns the vendor ids and the event ids that were new. With `fence` it
   * writes nothing if this node no longer leads.
   */
  applyPoll(
    source: { serviceId: number; format: OfficialFormat; url: string },
    outcome: { state: PollState; upserts: IncidentRecord[]; changes: StateChange[]; events?: readonly OutboxEvent[]; now: number },
    options?: { fence?: LeaseFence },
  ): Promise<{ inserted: string[]; announced: string[] }>;
}
