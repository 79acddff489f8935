import type { Db } from "@/db/client";
import { listServices } from "@/lib/catalog/read-catalog";
import { assessIncidentLocality, readLocalityEnd } from "./assess-incident";
import { expectChanceStarts } from "./chance";
import { INCIDENT_RATE_DAYS, JOIN_WINDOW_MS, LATE_JOIN_MS, LOCALITY_WINDOW_MS } from "./config";
import {
  countIncidentsBetween,
  insertAssessment,
  joinGroup,
  insertGroup,
  readAssessedBetween,
  readFreshIncidents,
  readGroupsBetween,
  readGroupsWithDismissed,
  readOpenGroups,
  readStoredGroup,
  readUnsettledLocalities,
  updateLocality,
} from "./correlation-store";
import { buildDependencyGraph, type DependencyGraph } from "./dependency-graph";
import { evaluateGroup } from "./evaluate-group";
import { isNearInTime, isWithinCauseReach, pickGroup, shouldFormGroup } from "./join-incidents";

const DAY_MS = 86_400_000;

export interface CorrelationResult {
  /** Incidents assessed for the first time, and groups (re)evaluated. */
  assessed: number;
  evaluated: number;
}

/**
 * Runs after each detection tick: assesses new incidents (where their reports come from), puts each into the group
 * it belongs to (or starts one with the incidents around it), and re-explains the groups that changed or are still
 * gathering evidence. A quiet tick costs four indexed queries. Deterministic given the database and `now`.
 */
export function correlateIncidents({ db, now }: { db: Db; now: number }): CorrelationResult {
  return db.$client.transaction(() => {
    const fresh = readFreshIncidents(db);
    for (const f of fresh) {
      const { locality, usual, through } = assessIncidentLocality({ db, serviceId: f.serviceId, startedAt: f.startedAt, now });
      insertAssessment(db, { incidentId: f.id, serviceId: f.serviceId, startedAt: f.startedAt, locality, usual, through });
    }
    // Open groups whose member's locality verdict changed must be re-explained.
    const dirty = new Set<number>();
    const freshIds = new Set(fresh.map((f) => f.id));
    for (const u of readUnsettledLocalities(db, now - LOCALITY_WINDOW_MS - DAY_MS, LOCALITY_WINDOW_MS)) {
      if (freshIds.has(u.incidentId) || readLocalityEnd(u.startedAt, now) <= u.localityThrough) continue;
      const next = assessIncidentLocality({ db, serviceId: u.serviceId, startedAt: u.startedAt, now, usual: u.usual });
      updateLocality(db, u.incidentId, next.locality, next.through);
      if (u.groupId !== null && (next.locality.verdict !== u.locality.verdict || next.locality.country !== u.locality.country)) dirty.add(u.groupId);
    }
    // An operator's dismissal takes a false alarm out of its group, ended or not.
    for (const id of readGroupsWithDismissed(db, now - INCIDENT_RATE_DAYS * DAY_MS)) dirty.add(id);
    const open = readOpenGroups(db);
    if (!fresh.length && !dirty.size && !open.length) return { assessed: 0, evaluated: 0 };

    let graph: DependencyGraph | undefined;
    let chance: number | undefined;
    const services = () => listServices(db);
    const readGraph = () => (graph ??= buildDependencyGraph(services()));
    const readChance = () =>
      (chance ??= expectChanceStarts({ incidents: countIncidentsBetween(db, now - INCIDENT_RATE_DAYS * DAY_MS, now), days: INCIDENT_RATE_DAYS, services: services().length }));
    const evaluated = new Set<number>();
    const evaluate = (id: number, force: boolean) => {
      if (evaluateGroup({ db, id, now, graph: readGraph, chanceExpected: readChance, force })) evaluated.add(id);
      dirty.delete(id);
    };

    if (fresh.length) {
      // One read of the incidents and groups around this tick's new incidents; joins are then tracked in memory.
      const first = fresh[0].startedAt;
      const last = fresh[fresh.length - 1].startedAt;
      const around = readAssessedBetween(db, first - JOIN_WINDOW_MS, last + JOIN_WINDOW_MS);
      const byId = new Map(around.map((a) => [a.incidentId, a]));
      const groups = readGroupsBetween(db, first - LATE_JOIN_MS, last + JOIN_WINDOW_MS);
      for (const f of fresh) {
        const p = byId.get(f.id);
        if (!p || p.dismissed || p.groupId !== null) continue;
        // Only a group's named cause can bring in an incident that began too late to join on timing: explain a group
        // changed earlier in this pass before relying on its cause, exactly as if a tick had run in between.
        for (const [i, g] of groups.entries()) {
          if (!dirty.has(g.id) || isNearInTime(p, g) || !isWithinCauseReach(p, g)) continue;
          evaluate(g.id, true);
          groups[i] = readStoredGroup(db, g.id) ?? g;
        }
        const joined = pickGroup(p, groups, readGraph());
        if (joined !== null) {
          const g = groups.find((x) => x.id === joined)!;
          g.startedAt = Math.min(g.startedAt, p.startedAt);
          g.lastStartedAt = Math.max(g.lastStartedAt, p.startedAt);
          joinGroup(db, p.incidentId, joined, g);
          p.groupId = joined;
          dirty.add(joined);
          continue;
        }
        const together = [p, ...around.filter((a) => a !== p && a.groupId === null && !a.dismissed && Math.abs(a.startedAt - p.startedAt) <= JOIN_WINDOW_MS)];
        if (!shouldFormGroup(together, readGraph(), readChance())) continue;
        const id = insertGroup(db, together, now);
        for (const a of together) a.groupId = id;
        groups.push(readStoredGroup(db, id)!);
        dirty.add(id);
      }
    }
    for (const id of [...dirty]) evaluate(id, true);
    for (const g of readOpenGroups(db)) if (!evaluated.has(g.id)) evaluate(g.id, false);
    return { assessed: fresh.length, evaluated: evaluated.size };
  })();
}
