export { OFFICIAL_FORMATS, type OfficialFormat } from "@/lib/catalog/official-source";

/** The page-wide verdict, in Atlassian Statuspage's words (the most common vocabulary); `unknown` when unread. */
export const INDICATORS = ["none", "minor", "major", "critical", "maintenance", "unknown"] as const;
export type Indicator = (typeof INDICATORS)[number];

/** A component's state, in Statuspage's words; other formats are mapped onto these. */
export const COMPONENT_STATUSES = ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export interface OfficialUpdate {
  /** ISO 8601 UTC. */
  at: string;
  /** The vendor's word for the stage (investigating, identified, monitoring, resolved, …), lower case. */
  status: string;
  body: string;
}

/** One vendor incident as its status page states it. */
export interface OfficialIncident {
  /** The vendor's id (stable across polls). */
  id: string;
  name: string;
  /** How bad the vendor says it is; `unknown` where the format does not say. */
  impact: Indicator;
  /** The vendor's current stage, lower case. */
  status: string;
  /** When the vendor says the impact began (may be earlier than its first word). */
  startedAt: string;
  /** When the vendor first said so in public: its first update, or the incident's creation. */
  acknowledgedAt: string;
  updatedAt: string;
  /** Null while unresolved. */
  resolvedAt: string | null;
  url: string | null;
  /** Names of the components (or products) the vendor lists as affected. */
  components: string[];
  /** Newest first. */
  updates: OfficialUpdate[];
}

export interface OfficialMaintenance {
  id: string;
  name: string;
  status: string;
  /** ISO 8601 UTC, or null when the vendor gives no time. */
  scheduledFor: string | null;
  scheduledUntil: string | null;
  url: string | null;
}

/** One normalized reading of a vendor's status, whatever the format it came in. */
export interface OfficialReading {
  indicator: Indicator;
  /** The vendor's own one-line summary where it gives one, else one built from the reading. */
  description: string;
  /** The components that are not operational (the vendor's current state, not an incident's history). */
  components: { name: string; status: ComponentStatus }[];
  /** Incidents not yet resolved, newest first. */
  incidents: OfficialIncident[];
  /** Resolved incidents the payload also carries (history endpoints), newest first. */
  resolvedIncidents: OfficialIncident[];
  /** Maintenance in progress or still to come. */
  maintenances: OfficialMaintenance[];
  /**
   * Whether the payload lists every open incident (a Statuspage summary does, its status.json does not): only then
   * does an incident missing from it mean it is over.
   */
  listsIncidents: boolean;
}

export type ParseResult = { ok: true; reading: OfficialReading } | { ok: false; error: string };
