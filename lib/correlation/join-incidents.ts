import { isBeyondChance } from "./chance";
import { JOIN_WINDOW_MS, LATE_JOIN_MS, MAX_GROUP_SPAN_MS } from "./config";
import type { DependencyGraph } from "./dependency-graph";
import type { Locality } from "./types";

/** An incident as grouping sees it. */
export interface JoinCandidate {
  incidentId: number;
  serviceId: number;
  startedAt: number;
  locality: Locality;
}

/** A stored group as grouping sees it. */
export interface GroupWindow {
  id: number;
  startedAt: number;
  lastStartedAt: number;
  /** Null while any member is open. */
  endedAt: number | null;
  kind: "upstream" | "local" | "unexplained";
  causeServiceId: number | null;
}

const PROVIDER_CATEGORIES = new Set(["isp", "mobile"]);
const localTo = (c: JoinCandidate) => (c.locality.verdict === "local" ? c.locality.country : null);

function isProviderIn(c: JoinCandidate, country: string, graph: DependencyGraph): boolean {
  const s = graph.service(c.serviceId);
  return s !== undefined && PROVIDER_CATEGORIES.has(s.category) && s.markets[0] === country;
}

/** Two incidents are linked when one service runs on the other, both run on something in common, or both surges are local to one country (or one is that country's provider). */
export function isRelated(a: JoinCandidate, b: JoinCandidate, graph: DependencyGraph): boolean {
  if (a.serviceId === b.serviceId) return false;
  const upA = graph.ancestorsOf(a.serviceId);
  const upB = graph.ancestorsOf(b.serviceId);
  if (upA.has(b.serviceId) || upB.has(a.serviceId)) return true;
  const [small, large] = upA.size <= upB.size ? [upA, upB] : [upB, upA];
  for (const id of small) if (large.has(id)) return true;
  const la = localTo(a);
  const lb = localTo(b);
  return (la !== null && (la === lb || isProviderIn(b, la, graph))) || (lb !== null && isProviderIn(a, lb, graph));
}

/** A set of incidents that began together is a group if any two are linked, or if so many at once are beyond chance. */
export function shouldFormGroup(members: readonly JoinCandidate[], graph: DependencyGraph, chanceExpected: number): boolean {
  if (members.length < 2) return false;
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (isRelated(members[i], members[j], graph)) return true;
  return isBeyondChance(members.length, chanceExpected);
}

/** Began within JOIN_WINDOW_MS of the group's members, without stretching it past MAX_GROUP_SPAN_MS. */
export function isNearInTime(p: JoinCandidate, g: GroupWindow): boolean {
  return (
    p.startedAt >= g.startedAt - JOIN_WINDOW_MS &&
    p.startedAt <= g.lastStartedAt + JOIN_WINDOW_MS &&
    Math.max(g.lastStartedAt, p.startedAt) - Math.min(g.startedAt, p.startedAt) <= MAX_GROUP_SPAN_MS
  );
}

/** Began while the group lasted (and within LATE_JOIN_MS of its start): only its named cause can bring it in. */
export function isWithinCauseReach(p: JoinCandidate, g: GroupWindow): boolean {
  return p.startedAt >= g.startedAt - JOIN_WINDOW_MS && p.startedAt <= g.startedAt + LATE_JOIN_MS && (g.endedAt === null || p.startedAt <= g.endedAt);
}

/**
 * The group a new incident joins, if any: one whose members began within JOIN_WINDOW_MS of it (and that stays within
 * MAX_GROUP_SPAN_MS), or, while it lasts, one whose named upstream this service runs on (a slow spread of the same
 * outage). A group of the upstream it runs on wins, then the nearest in time, then the older group.
 */
export function pickGroup(p: JoinCandidate, groups: readonly GroupWindow[], graph: DependencyGraph): number | null {
  const ups = graph.ancestorsOf(p.serviceId);
  let best: { id: number; distance: number; byCause: boolean } | null = null;
  for (const g of groups) {
    const near = isNearInTime(p, g);
    const byCause = g.kind === "upstream" && g.causeServiceId !== null && (g.causeServiceId === p.serviceId || ups.has(g.causeServiceId)) && isWithinCauseReach(p, g);
    if (!near && !byCause) continue;
    const distance = p.startedAt < g.startedAt ? g.startedAt - p.startedAt : Math.max(0, p.startedAt - g.lastStartedAt);
    const better = !best || Number(byCause) > Number(best.byCause) || (byCause === best.byCause && (distance < best.distance || (distance === best.distance && g.id < best.id)));
    if (better) best = { id: g.id, distance, byCause };
  }
  return best?.id ?? null;
}
