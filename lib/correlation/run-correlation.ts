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
  readOpenGroups,
  readUnsettledLocalities,
  updateLocality,
} from "./correlation-store";
import { buildDependencyGraph, type DependencyGraph } from "./dependency-graph";
import { evaluateGroup } from "./evaluate-group";
import { pickGroup, shouldFormGroup } from "./join-incidents";

const DAY_MS = 86_400_000;

export interface CorrelationResult {
  /** Incidents assessed for the first time, and groups (re)evaluated. */
  assessed: number;
  evaluated: number;
}

/**
 * Runs after each detection tick: assesses new incidents (where their reports come from), puts each into the group
 * it belongs to (or starts one with the incidents around it), and re-explains the groups that changed or are still
 * gathering evidence. A quiet tick costs three indexed queries. Deterministic given the database and `now`.
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

    for (const f of fresh) {
      const around = readAssessedBetween(db, f.startedAt - JOIN_WINDOW_MS, f.startedAt + JOIN_WINDOW_MS);
      const p = around.find((a) => a.incidentId === f.id);
      if (!p || p.dismissed) continue;
      const groups = readGroupsBetween(db, f.startedAt - LATE_JOIN_MS, f.startedAt + JOIN_WINDOW_MS);
      // A group changed earlier in this pass is explained before it is matched, exactly as if the tick had run in between.
      const stale = groups.filter((g) => dirty.has(g.id));
      for (const g of stale) evaluate(g.id, true);
      const current = stale.length ? readGroupsBetween(db, f.startedAt - LATE_JOIN_MS, f.startedAt + JOIN_WINDOW_MS) : groups;
      const joined = pickGroup(p, current, readGraph());
      if (joined !== null) {
        joinGroup(db, p.incidentId, joined);
        dirty.add(joined);
        continue;
      }
      const together = [p, ...around.filter((a) => a.incidentId !== p.incidentId && a.groupId === null && !a.dismissed)];
      if (shouldFormGroup(together, readGraph(), readChance())) dirty.add(insertGroup(db, together, now));
    }
    for (const id of [...dirty]) evaluate(id, true);
    for (const g of readOpenGroups(db)) if (!evaluated.has(g.id)) evaluate(g.id, false);
    return { assessed: fresh.length, evaluated: evaluated.size };
  })();
}
