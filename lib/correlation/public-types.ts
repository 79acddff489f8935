import type { Role } from "./types";

/** A service as the API names it. */
export interface ServiceRef {
  slug: string;
  name: string;
}

/** Reports of a service over a window against its usual for that clock window. */
export interface PublicRate {
  observed: number;
  usual: number;
  ratio: number;
  windowMinutes: number;
}

export interface PublicLocality {
  /** local: most extra reports come from one country that usually sends few; spread: not; unknown: too few reports to tell. */
  verdict: "local" | "spread" | "unknown";
  country: { code: string; name: string } | null;
  /** That country's share of the extra reports, and its usual share of the service's reports, 0..1. */
  share: number;
  usualShare: number;
  extraReports: number;
  windowMinutes: number;
  /** The finding in plain words (null when unknown). */
  sentence: string | null;
}

export interface PublicUpstreamCause {
  kind: "upstream";
  service: ServiceRef;
  confidence: number;
  /** Services in the catalog that run on it (directly or through others), and how many of them are in the group. */
  dependents: number;
  affected: number;
  /** Its own incident in the group, if it has one. */
  incidentId: number | null;
  /** Its own reports from the group's start (up to an hour) against usual. */
  reports: PublicRate | null;
  /** Other upstreams the same services share, not named. */
  alternatives: PublicRejected[];
  explains: number[];
  sentence: string;
}

export interface PublicLocalCause {
  kind: "local";
  country: { code: string; name: string };
  confidence: number;
  share: number;
  usualShare: number;
  /** An internet or mobile provider in that country that is down at the same time. */
  provider: ServiceRef | null;
  explains: number[];
  sentence: string;
}

export type PublicCause = PublicUpstreamCause | PublicLocalCause;

export interface PublicRejected {
  service: ServiceRef;
  affected: number;
  dependents: number;
  reports: PublicRate | null;
  confidence: number;
  reason: "weak" | "local";
}

export interface PublicMember {
  incidentId: number;
  service: ServiceRef;
  role: Role;
  startedAt: string;
  detectedAt: string;
  endedAt: string | null;
  open: boolean;
  peakReports: number;
  peakExpected: number;
  locality: PublicLocality;
  /** Why it is in the group, in a few words: "runs on Cloudflare", "the likely cause". */
  reason: string;
}

export interface PublicGroup {
  id: number;
  open: boolean;
  startedAt: string;
  endedAt: string | null;
  /** When members, cause or end last changed. */
  updatedAt: string;
  kind: "upstream" | "local" | "unexplained";
  /** "10 services spiking since 11:15 UTC — likely upstream: Cloudflare". */
  headline: string;
  /** The reasoning in plain words. */
  summary: string;
  cause: PublicCause | null;
  causes: PublicCause[];
  /** With no cause named: the best shared upstream considered and why it was not named. */
  rejected: PublicRejected | null;
  /** Outages expected to begin by chance within 15 minutes of any one, across the catalog. */
  chanceExpected: number | null;
  members: PublicMember[];
  path: string;
}
