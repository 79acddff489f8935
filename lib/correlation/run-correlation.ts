import type { LeaseFence } from "@/db/sql-client";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import type { ReportStore } from "@/lib/reports/store/report-store";
import { assessIncidentLocality, readLocalityEnd } from "./assess-incident";
import { expectChanceStarts } from "./chance";
import { INCIDENT_RATE_DAYS, JOIN_WINDOW_MS, LATE_JOIN_MS, LOCALITY_WINDOW_MS } from "./config";
import { buildDependencyGraph, type DependencyGraph } from "./dependency-graph";
import { evaluateGroup } from "./evaluate-group";
import { isNearInTime, isWithinCauseReach, pickGroup, shouldFormGroup } from "./join-incidents";
import type { CorrelationStore } from "./store/correlation-store";

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
export async function correlateIncidents({ catalog, reports, correlation, now, fence }: {
  catalog: CatalogStore;
  reports: ReportStore;
  correlation: CorrelationStore;
  now: number;
  fence?: LeaseFence;
}): Promise<CorrelationResult> {
  const services = (await readCatalog(catalog)).list();
  return correlation.transaction(async (tx) => {
    const fresh = await tx.readFreshIncidents();
    for (const f of fresh) {
      const { locality, usual, through } = await assessIncidentLocality({ reports, serviceId: f.serviceId, startedAt: f.startedAt, now });
      await tx.insertAssessment({ incidentId: f.id, serviceId: f.serviceId, startedAt: f.startedAt, locality, usual, through });
    }
    // Open groups whose member's locality verdict changed must be re-explained.
    const dirty = new Set<number>();
    const freshIds = new Set(fresh.map((f) => f.id));
    for (const u of await tx.readUnsettledLocalities(now - LOCALITY_WINDOW_MS - DAY_MS, LOCALITY_WINDOW_MS)) {
      if (freshIds.has(u.incidentId) || readLocalityEnd(u.startedAt, now) <= u.localityThrough) continue;
      const next = await assessIncidentLocality({ reports, serviceId: u.serviceId, startedAt: u.startedAt, now, usual: u.usual });
      await tx.updateLocality(u.incidentId, next.locality, next.through);
      if (u.groupId !== null && (next.locality.verdict !== u.locality.verdict || next.locality.country !== u.locality.country)) dirty.add(u.groupId);
    }
    // An operator's dismissal takes a false alarm out of its group, ended or not.
    for (const id of await tx.readGroupsWithDismissed(now - INCIDENT_RATE_DAYS * DAY_MS)) dirty.add(id);
    const open = await tx.readOpenGroups();
    if (!fresh.length && !dirty.size && !open.length) return { assessed: 0, evaluated: 0 };

    let graph: DependencyGraph | undefined;
    let chance: number | undefined;
    const readGraph = () => (graph ??= buildDependencyGraph(services));
    const readChance = async () =>
      (chance ??= expectChanceStarts({ incidents: await tx.countIncidentsBetween(now - INCIDENT_RATE_DAYS * DAY_MS, now), days: INCIDENT_RATE_DAYS, services: services.length }));
    const evaluated = new Set<number>();
    const evaluate = async (id: number, force: boolean) => {
      if (await evaluateGroup({ correlation: tx, reports, id, now, graph: readGraph, chanceExpected: readChance, force })) evaluated.add(id);
      dirty.delete(id);
    };

    if (fresh.length) {
      // One read of the incidents and groups around this tick's new incidents; joins are then tracked in memory.
      const first = fresh[0].startedAt;
      const last = fresh[fresh.length - 1].startedAt;
      const around = await tx.readAssessedBetween(first - JOIN_WINDOW_MS, last + JOIN_WINDOW_MS);
      const byId = new Map(around.map((a) => [a.incidentId, a]));
      const groups = await tx.readGroupsBetween(first - LATE_JOIN_MS, last + JOIN_WINDOW_MS);
      for (const f of fresh) {
        const p = byId.get(f.id);
        if (!p || p.dismissed || p.groupId !== null) continue;
        // Only a group's named cause can bring in an incident that began too late to join on timing: explain a group
        // changed earlier in this pass before relying on its cause, exactly as if a tick had run in between.
        for (const [i, g] of groups.entries()) {
          if (!dirty.has(g.id) || isNearInTime(p, g) || !isWithinCauseReach(p, g)) continue;
          await evaluate(g.id, true);
          groups[i] = (await tx.readStoredGroup(g.id)) ?? g;
        }
        const joined = pickGroup(p, groups, readGraph());
        if (joined !== null) {
          const g = groups.find((x) => x.id === joined)!;
          g.startedAt = Math.min(g.startedAt, p.startedAt);
          g.lastStartedAt = Math.max(g.lastStartedAt, p.startedAt);
          await tx.joinGroup(p.incidentId, joined, g);
          p.groupId = joined;
          dirty.add(joined);
          continue;
        }
        const together = [p, ...around.filter((a) => a !== p && a.groupId === null && !a.dismissed && Math.abs(a.startedAt - p.startedAt) <= JOIN_WINDOW_MS)];
        if (!shouldFormGroup(together, readGraph(), await readChance())) continue;
        const id = await tx.insertGroup(together, now);
        for (const a of together) a.groupId = id;
        groups.push((await tx.readStoredGroup(id))!);
        dirty.add(id);
      }
    }
    for (const id of [...dirty]) await evaluate(id, true);
    for (const g of await tx.readOpenGroups()) if (!evaluated.has(g.id)) await evaluate(g.id, false);
    return { assessed: fresh.length, evaluated: evaluated.size };
  }, { fence });
}
