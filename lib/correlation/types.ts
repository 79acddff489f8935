/** Where an incident's extra reports came from, against where the service's reports usually come from. */
export interface Locality {
  /** local: one country sends most of the extra reports but usually few; spread: not so; unknown: too few reports to say. */
  verdict: "local" | "spread" | "unknown";
  /** The country sending the most extra reports ("" never: unknown-country reports cannot make a place local). */
  country: string | null;
  /** Its share of the extra reports, and its usual share of the service's reports, 0..1. */
  share: number;
  usualShare: number;
  /** Reports over the window, how many were usual, and the extra by country (largest few). */
  observed: number;
  usual: number;
  extra: number;
  extraByCountry: Record<string, number>;
  windowMinutes: number;
}

/** A service's reports over a window against its usual for the same clock window. */
export interface RateEvidence {
  observed: number;
  usual: number;
  ratio: number;
  windowMinutes: number;
}

/** One incident as correlation sees it. */
export interface Member {
  incidentId: number;
  serviceId: number;
  startedAt: number;
  endedAt: number | null;
  locality: Locality;
  /** Usual country shares of the service's reports (for combining members' localities). */
  usualMix: Record<string, number>;
}

export type Role = "upstream" | "dependent" | "local" | "unexplained";

export interface UpstreamCause {
  kind: "upstream";
  serviceId: number;
  confidence: number;
  /** Incidents it explains (its dependents in the group), and its own incident if it has one in the group. */
  explained: number[];
  ownIncidentId: number | null;
  /** Its dependents in the catalog (direct and transitive) and how many of them are in the group. */
  dependents: number;
  affected: number;
  /** Its own reports over the evidence window. */
  rate: RateEvidence | null;
  /** Other shared upstreams of the same members, not named (with why). */
  alternatives: RejectedCandidate[];
}

export interface LocalCause {
  kind: "local";
  country: string;
  confidence: number;
  explained: number[];
  /** Share of the explained members' extra reports from the country, and its usual share of their reports. */
  share: number;
  usualShare: number;
  /** An internet or mobile provider whose main market is the country and that has an incident in the group. */
  providerServiceId: number | null;
}

export type Cause = UpstreamCause | LocalCause;

/** A shared upstream that was considered and not named, with the numbers that decided it. */
export interface RejectedCandidate {
  serviceId: number;
  affected: number;
  dependents: number;
  rate: RateEvidence | null;
  confidence: number;
  /** Why it was not named: no rise of its own and few of its dependents affected, or the reports point to one country. */
  reason: "weak" | "local";
}

/** The stored conclusion about a group: its causes, each member's role, and what was ruled out. */
export interface GroupExplanation {
  kind: "upstream" | "local" | "unexplained";
  causes: Cause[];
  roles: Record<number, Role>;
  /** For a group with no named cause: the best shared upstream and why it was not named. */
  rejected: RejectedCandidate | null;
  /** Incident starts expected by chance in JOIN_WINDOW_MS across the catalog, when the group was formed on numbers alone. */
  chanceExpected: number | null;
}
