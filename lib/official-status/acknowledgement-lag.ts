/*
 * The acknowledgement lag: how long after the crowd's surge began the vendor first said something was wrong. The
 * vendor's word is the earliest of (a) the publication of one of its incidents (maintenance excluded) and (b) its
 * status page leaving "all operational", by the vendor's own timestamps (what a journalist would cite), within the
 * crowd incident: from LOOKBACK_MS before its start (a vendor may be first: the lag is then negative) to its end.
 * A vendor incident that began earlier and was still open at the crowd's start counts too, if it began at most
 * LONG_LOOKBACK_MS before.
 */

export const LOOKBACK_MS = 60 * 60_000;
export const LONG_LOOKBACK_MS = 6 * 60 * 60_000;
/** How long an acknowledgement stays news for alerts (official.acknowledged): older ones are history being read. */
export const FRESH_ACK_MS = 2 * 60 * 60_000;
/** The ranking's window. */
export const LAG_WINDOW_DAYS = 90;

/** One thing the vendor said: an incident it published, or its page turning from none to a problem. */
export interface VendorWord {
  kind: "incident" | "page";
  vendorId: string | null;
  name: string;
  impact: string;
  url: string | null;
  at: number;
  /** Incidents: when it was resolved (null if still open). Page changes: null. */
  resolvedAt: number | null;
}

export interface CrowdSpan {
  startedAt: number;
  endedAt: number | null;
}

/** The vendor's first word on this crowd incident, or null if it said nothing. */
export function matchAcknowledgement(crowd: CrowdSpan, words: VendorWord[], now: number): VendorWord | null {
  const end = crowd.endedAt ?? now;
  const candidates = words.filter((w) => {
    if (w.kind === "incident" && w.impact === "maintenance") return false;
    if (w.at > end) return false;
    if (w.at >= crowd.startedAt - LOOKBACK_MS) return true;
    return w.kind === "incident" && w.at >= crowd.startedAt - LONG_LOOKBACK_MS && (w.resolvedAt === null || w.resolvedAt >= crowd.startedAt);
  });
  // Earliest wins; at the same instant, a named incident over a bare page change.
  candidates.sort((a, b) => a.at - b.at || (a.kind === "incident" ? -1 : 1));
  return candidates[0] ?? null;
}

export const lagMinutes = (crowdStartedAt: number, acknowledgedAt: number) => Math.round((acknowledgedAt - crowdStartedAt) / 60_000);

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface VendorLagRow {
  service: { slug: string; name: string };
  /** Crowd incidents in the window on this service. */
  incidents: number;
  acknowledged: number;
  /** Crowd incidents the vendor never said anything about. */
  unacknowledged: number;
  medianLagMinutes: number | null;
  fastestLagMinutes: number | null;
  slowestLagMinutes: number | null;
}

/** Vendors ranked by median lag, quickest first; those that never acknowledged one come last, most misses first. */
export function rankVendors(perService: { service: { slug: string; name: string }; lags: (number | null)[] }[]): VendorLagRow[] {
  const rows = perService
    .filter((s) => s.lags.length > 0)
    .map(({ service, lags }) => {
      const known = lags.filter((l): l is number => l !== null);
      return {
        service,
        incidents: lags.length,
        acknowledged: known.length,
        unacknowledged: lags.length - known.length,
        medianLagMinutes: median(known),
        fastestLagMinutes: known.length ? Math.min(...known) : null,
        slowestLagMinutes: known.length ? Math.max(...known) : null,
      };
    });
  return rows.sort((a, b) => {
    if (a.medianLagMinutes === null || b.medianLagMinutes === null) {
      if (a.medianLagMinutes !== b.medianLagMinutes) return a.medianLagMinutes === null ? 1 : -1;
      return b.unacknowledged - a.unacknowledged || a.service.slug.localeCompare(b.service.slug);
    }
    return a.medianLagMinutes - b.medianLagMinutes || b.acknowledged - a.acknowledged || a.service.slug.localeCompare(b.service.slug);
  });
}
