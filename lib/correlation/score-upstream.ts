import {
  UPSTREAM_ELEVATED_RATIO,
  UPSTREAM_MAX_EVIDENCE,
  UPSTREAM_MIN_EVIDENCE,
  UPSTREAM_MIN_REPORTS,
  UPSTREAM_STRONG_RATIO,
} from "./config";
import type { RateEvidence } from "./types";

export interface UpstreamScore {
  confidence: number;
  /** Its own reports are clearly up (or it has its own incident). */
  elevated: boolean;
  /** Share of its dependents that are in the group. */
  share: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * How sure we are that a shared upstream is the cause, from two independent kinds of evidence: the upstream's own
 * reports (its own incident, or how far above usual they are) and how much of what runs on it is affected at once.
 * Either can carry the verdict; both together make it near-certain: confidence = 1 - (1 - own)(1 - spread).
 */
export function scoreUpstream({ affected, dependents, rate, ownIncident }: { affected: number; dependents: number; rate: RateEvidence | null; ownIncident: boolean }): UpstreamScore {
  const share = dependents > 0 ? Math.min(1, affected / dependents) : 0;
  const risen = rate !== null && rate.observed >= UPSTREAM_MIN_REPORTS && rate.ratio >= UPSTREAM_ELEVATED_RATIO;
  const fromRate = risen
    ? UPSTREAM_MIN_EVIDENCE + (UPSTREAM_MAX_EVIDENCE - UPSTREAM_MIN_EVIDENCE) * clamp01(Math.log(rate.ratio / UPSTREAM_ELEVATED_RATIO) / Math.log(UPSTREAM_STRONG_RATIO / UPSTREAM_ELEVATED_RATIO))
    : 0;
  const own = ownIncident ? Math.max(UPSTREAM_MAX_EVIDENCE, fromRate) : fromRate;
  // Two dependents out of two is suggestive, twenty out of twenty-five is not a coincidence: discount small counts.
  const spread = share * (affected / (affected + 1));
  return { confidence: Math.round((1 - (1 - own) * (1 - spread)) * 100) / 100, elevated: risen || ownIncident, share };
}
