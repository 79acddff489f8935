import { MAX_CANDIDATES, MAX_CAUSES, MIN_CONFIDENCE, MOST_DEPENDENTS_SHARE } from "./config";
import type { DependencyGraph } from "./dependency-graph";
import { explainLocalMembers } from "./explain-local";
import { scoreUpstream } from "./score-upstream";
import type { Cause, GroupExplanation, Member, RateEvidence, RejectedCandidate, Role, UpstreamCause } from "./types";

/**
 * The shared upstreams worth reading reports for: services that two or more members run on (directly or through
 * others), or that one member runs on while it has an incident of its own in the group. Most shared first.
 */
export function listUpstreamCandidates(members: readonly Member[], graph: DependencyGraph): number[] {
  const inGroup = new Set(members.map((m) => m.serviceId));
  const shared = new Map<number, number>();
  for (const m of members) for (const a of graph.ancestorsOf(m.serviceId)) shared.set(a, (shared.get(a) ?? 0) + 1);
  return [...shared]
    .filter(([id, n]) => n >= 2 || inGroup.has(id))
    .sort((a, b) => b[1] - a[1] || Number(inGroup.has(b[0])) - Number(inGroup.has(a[0])) || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}

interface Scored extends UpstreamCause {
  qualifies: boolean;
  localCountry: string | null;
}

/** The one country most of these members' surges are local to, if at least half of them are. */
function majorityLocal(members: readonly Member[]): string | null {
  const counts = new Map<string, number>();
  for (const m of members) if (m.locality.verdict === "local" && m.locality.country) counts.set(m.locality.country, (counts.get(m.locality.country) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best && best[1] * 2 >= members.length ? best[0] : null;
}

function scoreCandidate(id: number, pool: readonly Member[], graph: DependencyGraph, rate: RateEvidence | null): Scored | null {
  const explained = pool.filter((m) => m.serviceId !== id && graph.ancestorsOf(m.serviceId).has(id));
  const own = pool.filter((m) => m.serviceId === id).sort((a, b) => a.startedAt - b.startedAt)[0] ?? null;
  if (explained.length < (own ? 1 : 2)) return null;
  const dependents = graph.countDependents(id);
  const score = scoreUpstream({ affected: explained.length, dependents, rate, ownIncident: own !== null });
  // Dependents spiking in one country while the upstream itself is quiet point to a local network, not the upstream.
  const localCountry = score.elevated ? null : majorityLocal(explained);
  const qualifies = !localCountry && (score.elevated || score.share >= MOST_DEPENDENTS_SHARE) && score.confidence >= MIN_CONFIDENCE;
  return {
    kind: "upstream",
    serviceId: id,
    confidence: score.confidence,
    explained: explained.map((m) => m.incidentId),
    ownIncidentId: own?.incidentId ?? null,
    dependents,
    affected: explained.length,
    rate,
    alternatives: [],
    qualifies,
    localCountry,
  };
}

const reject = (s: Scored): RejectedCandidate => ({
  serviceId: s.serviceId,
  affected: s.affected,
  dependents: s.dependents,
  rate: s.rate,
  confidence: s.confidence,
  reason: s.localCountry ? "local" : "weak",
});

const rank = (a: Scored, b: Scored) => b.confidence - a.confidence || a.dependents - b.dependents || a.serviceId - b.serviceId;

/**
 * Why these incidents happened together. Greedily names the best-supported shared upstream, sets aside what it
 * explains, and looks again (up to MAX_CAUSES); then groups what is left by the one country it is local to. What
 * nothing explains is "unexplained": at the same time, no shared cause known. Pure: the same input, the same answer.
 */
export function explainGroup({ members, graph, rates, chanceExpected = null }: {
  members: readonly Member[];
  graph: DependencyGraph;
  /** Own reports of each candidate upstream (listUpstreamCandidates) over the group's evidence window. */
  rates: ReadonlyMap<number, RateEvidence | null>;
  chanceExpected?: number | null;
}): GroupExplanation {
  let pool = [...members].sort((a, b) => a.startedAt - b.startedAt || a.incidentId - b.incidentId);
  const causes: Cause[] = [];
  let bestRejected: Scored | null = null;
  const named = new Set<number>();
  for (let round = 0; round < MAX_CAUSES; round++) {
    const scored = [...rates.keys()]
      .filter((id) => !named.has(id))
      .map((id) => scoreCandidate(id, pool, graph, rates.get(id) ?? null))
      .filter((s): s is Scored => s !== null)
      .sort(rank);
    const best = scored.find((s) => s.qualifies);
    if (!best) {
      if (round === 0) bestRejected = scored[0] ?? null;
      break;
    }
    // Other upstreams the same members share (not the best one's own upstreams or dependents): shown, and they
    // lower confidence in proportion to their own support and how much of the group they would explain too.
    const mine = new Set(best.explained);
    let confidence = best.confidence;
    const alternatives: RejectedCandidate[] = [];
    for (const s of scored) {
      if (s === best || graph.ancestorsOf(best.serviceId).has(s.serviceId) || graph.ancestorsOf(s.serviceId).has(best.serviceId)) continue;
      const overlap = s.explained.filter((id) => mine.has(id)).length / mine.size;
      if (overlap < 0.5) continue;
      alternatives.push(reject(s));
      confidence *= 1 - 0.5 * s.confidence * overlap;
    }
    const { qualifies: _q, localCountry: _l, ...cause } = best;
    causes.push({ ...cause, confidence: Math.round(confidence * 100) / 100, alternatives: alternatives.slice(0, 3) });
    named.add(best.serviceId);
    const done = new Set([...best.explained, ...(best.ownIncidentId ? [best.ownIncidentId] : [])]);
    pool = pool.filter((m) => !done.has(m.incidentId));
  }
  causes.push(...explainLocalMembers(pool, graph));

  const roles: Record<number, Role> = {};
  for (const m of members) roles[m.incidentId] = "unexplained";
  for (const c of causes) {
    for (const id of c.explained) roles[id] = c.kind === "upstream" ? "dependent" : "local";
    if (c.kind === "upstream" && c.ownIncidentId) roles[c.ownIncidentId] = "upstream";
  }
  const size = (c: Cause) => c.explained.length + (c.kind === "upstream" && c.ownIncidentId ? 1 : 0);
  const lead = [...causes].sort((a, b) => size(b) - size(a) || b.confidence - a.confidence)[0];
  return {
    kind: lead?.kind ?? "unexplained",
    causes: lead ? [lead, ...causes.filter((c) => c !== lead)] : [],
    roles,
    rejected: causes.some((c) => c.kind === "upstream") || !bestRejected ? null : reject(bestRejected),
    chanceExpected,
  };
}
