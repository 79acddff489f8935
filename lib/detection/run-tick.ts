import { performance } from "node:perf_hooks";
import type { LeaseFence } from "@/db/sql-client";
import { readCatalog, type Catalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { readSharesBetween } from "@/lib/reports/read-breakdown";
import type { ReportStore } from "@/lib/reports/store/report-store";
import { DETECTOR_CONFIG, LIVE_BUCKET_MS, STATE_SAVE_EVERY_MS, WARMUP_DAYS, type DetectorConfig } from "./config";
import { computePriorRates } from "./cold-start-prior";
import { createDetectorState, DETECTOR_STATE_VERSION, type DetectorState } from "./detector-state";
import { buildIncidentChart } from "./incident-chart";
import { readMedianRatesPerMin, readSiteRatePerMin } from "./read-usual-rates";
import { readShortSize, standDownDetector, stepDetector, type Verdict } from "./step-detector";
import type { DetectionStore, IncidentRef, TickCommit, TickOp, VerdictNumbers } from "./store/detection-store";

/** The live detector's memory between ticks; the rollups stay the source of truth. */
export interface DetectionRuntime {
  states: Map<number, DetectorState>;
  savedAt: number;
}

/** The detector states as last saved (by whichever node led then); a state from an older detector is dropped. */
export async function loadDetectionRuntime(detection: DetectionStore): Promise<DetectionRuntime> {
  const states = new Map<number, DetectorState>();
  for (const r of await detection.loadStates()) {
    const state = JSON.parse(r.state) as DetectorState;
    // The tick warms a dropped service up again from the rollups.
    if (state.version === DETECTOR_STATE_VERSION) states.set(r.serviceId, state);
  }
  return { states, savedAt: 0 };
}

const TOP_SHARES = 5;
/** A long tick (a warm-up) lets the event loop run this often: intake, pages and the lease's renewal go on meanwhile. */
const YIELD_EVERY_MS = 50;

export interface TickDeps {
  catalog: CatalogStore;
  reports: ReportStore;
  detection: DetectionStore;
}

interface Open {
  incident: IncidentRef;
  startedAt: number;
  peakCount: number;
}

const numbers = (v: Verdict): VerdictNumbers => ({ t: v.t, since: v.since, observed: v.observed, expected: v.expected, p: v.p, status: v.status });

/**
 * One detection tick: advances every service's detector through each completed minute it has not seen (a new service
 * is first warmed up on WARMUP_DAYS of rollups), opens, updates and closes incidents on the way, and writes each
 * service's latest verdict, all in one transaction that commits only while `fence` (this node's lead) holds. States
 * are saved every STATE_SAVE_EVERY_MS, and at once for services warmed up, stood down or changing incidents, so the
 * next leader resumes from them and replays the rest to the same decisions. Returns how many minute-steps it took;
 * if it throws, `runtime` is ahead of what was stored and must be loaded again.
 */
export async function runDetectionTick({ now, runtime, fence, config = DETECTOR_CONFIG, ...deps }: TickDeps & { now: number; runtime: DetectionRuntime; fence?: LeaseFence; config?: DetectorConfig }): Promise<number> {
  const { reports, detection } = deps;
  const through = Math.floor(now / LIVE_BUCKET_MS) * LIVE_BUCKET_MS - LIVE_BUCKET_MS;
  const catalog = await readCatalog(deps.catalog);
  const resets = await detection.readResets();
  const touched = new Set<number>();
  for (const r of resets) {
    const state = runtime.states.get(r.serviceId);
    if (state) standDownDetector(state, now);
    touched.add(r.serviceId);
  }
  const byStart = new Map<number, number[]>();
  const services = catalog.list();
  const warmupFrom = through - WARMUP_DAYS * 86_400_000;
  const cold = services.filter((s) => {
    const state = runtime.states.get(s.id);
    return !state || state.t === null || state.t < warmupFrom;
  });
  let firstHours = new Map<number, number>();
  let priors = new Map<number, number>();
  let ownLevels = new Map<number, number>();
  if (cold.length) {
    firstHours = await reports.readFirstReportHours();
    priors = computePriorRates(services, await readSiteRatePerMin({ reports, now }), config);
    // A service with history it is about to be warmed up on starts from its own typical level (the median hour, so a
    // past outage does not count), not from the catalog's guess: the first hours of the warm-up are then judged fairly.
    ownLevels = await readMedianRatesPerMin({ reports, serviceIds: cold.map((s) => s.id), from: warmupFrom, to: through });
  }
  for (const s of services) {
    let state = runtime.states.get(s.id);
    if (!state || state.t === null || state.t < warmupFrom) {
      state = createDetectorState(LIVE_BUCKET_MS, config, ownLevels.get(s.id) ?? priors.get(s.id));
      // Warm up on the last WARMUP_DAYS of rollups, but not on the silence before the first report.
      state.t = Math.max(warmupFrom, (firstHours.get(s.id) ?? through) - LIVE_BUCKET_MS);
      runtime.states.set(s.id, state);
      touched.add(s.id);
    }
    if (state.t! >= through) continue;
    const group = byStart.get(state.t!) ?? [];
    group.push(s.id);
    byStart.set(state.t!, group);
  }

  const open = new Map<number, Open>((await detection.readOpenIncidents()).map((o) => [o.serviceId, { incident: { id: o.id }, startedAt: o.startedAt, peakCount: o.peakCount }]));
  const tick = { ops: [] as TickOp[], nextRef: 1 };
  const statuses: TickCommit["statuses"] = [];
  const windowMinutes = (readShortSize(LIVE_BUCKET_MS, config) * LIVE_BUCKET_MS) / 60_000;
  let steps = 0;
  let yieldedAt = performance.now();
  for (const [after, ids] of byStart) {
    // A long catch-up (warm-up) reads one service at a time to bound memory; a normal tick reads all at once.
    // Rows come back in service-id order, so walk the services in that order too.
    ids.sort((a, b) => a - b);
    const batches = through - after > 3_600_000 ? ids.map((id) => [id]) : [ids];
    for (const batch of batches) {
      if (performance.now() - yieldedAt > YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        yieldedAt = performance.now();
      }
      const rows = await reports.readMinuteTotals(batch, after, through);
      let i = 0;
      for (const id of batch) {
        const state = runtime.states.get(id)!;
        let last: Verdict | null = null;
        for (let t = after + LIVE_BUCKET_MS; t <= through; t += LIVE_BUCKET_MS) {
          while (i < rows.length && (rows[i].s < id || (rows[i].s === id && rows[i].m < t))) i++;
          const count = i < rows.length && rows[i].s === id && rows[i].m === t ? rows[i].c : 0;
          const previous = state.status;
          last = stepDetector(state, { t, count }, config).verdict;
          if (last.status === "outage") {
            if (trackOutage(tick, open, id, last)) touched.add(id);
          } else if (previous === "outage" && open.has(id)) {
            await closeIncident({ ...deps, catalog, tick, open, serviceId: id, v: last, state });
            touched.add(id);
          }
          steps++;
        }
        if (last) statuses.push({ serviceId: id, status: last.status, since: last.since, observed: last.observed, expected: last.expected, p: last.p, windowMinutes, at: last.t, incident: open.get(id)?.incident ?? null, basis: last.basis });
      }
    }
  }

  const saveAll = now - runtime.savedAt >= STATE_SAVE_EVERY_MS;
  const states: TickCommit["states"] = [];
  for (const [serviceId, state] of runtime.states) {
    if (state.t !== null && (saveAll || touched.has(serviceId))) states.push({ serviceId, state: JSON.stringify(state), through: state.t });
  }
  await detection.commitTick({ ops: tick.ops, statuses, states, resetsDone: resets }, { fence });
  if (saveAll) runtime.savedAt = now;
  return steps;
}

/** Opens an incident on entering `outage` and follows its peak; true when it changed one. */
function trackOutage(tick: { ops: TickOp[]; nextRef: number }, open: Map<number, Open>, serviceId: number, v: Verdict): boolean {
  const current = open.get(serviceId);
  if (!current) {
    const ref = tick.nextRef++;
    tick.ops.push({ op: "open", ref, serviceId, verdict: numbers(v) });
    open.set(serviceId, { incident: { ref }, startedAt: v.since ?? v.t, peakCount: v.observed });
    return true;
  }
  if (v.observed <= current.peakCount) return false;
  tick.ops.push({ op: "peak", incident: current.incident, verdict: numbers(v) });
  current.peakCount = v.observed;
  return true;
}

/** Closes a service's incident as its outage ends, freezing its chart and top shares. */
async function closeIncident({ catalog, reports, detection, tick, open, serviceId, v, state }: {
  catalog: Catalog;
  reports: ReportStore;
  detection: DetectionStore;
  tick: { ops: TickOp[]; nextRef: number };
  open: Map<number, Open>;
  serviceId: number;
  v: Verdict;
  state: DetectorState;
}): Promise<void> {
  const current = open.get(serviceId)!;
  const endedAt = v.calmSince ?? v.t;
  const service = catalog.findById(serviceId);
  const shares = service ? await readSharesBetween({ reports, service, from: current.startedAt, to: endedAt + LIVE_BUCKET_MS }) : { problems: [], countries: [] };
  // The chart as the detector knows the usual level now: later learning does not redraw a published chart.
  const chart = await buildIncidentChart({ reports, detection, serviceId, startedAt: current.startedAt, endedAt, now: v.t + LIVE_BUCKET_MS, state });
  tick.ops.push({
    op: "close",
    incident: current.incident,
    endedAt,
    topProblems: JSON.stringify(shares.problems.slice(0, TOP_SHARES)),
    topCountries: JSON.stringify(shares.countries.slice(0, TOP_SHARES)),
    chart: JSON.stringify({ ...chart, frozen: true }),
  });
  open.delete(serviceId);
}

/** Saves every state now (a leader stepping down or shutting down), while `fence` holds. */
export async function flushDetection({ detection, runtime, now, fence }: { detection: DetectionStore; runtime: DetectionRuntime; now: number; fence?: LeaseFence }): Promise<void> {
  const states = [...runtime.states].filter(([, s]) => s.t !== null).map(([serviceId, s]) => ({ serviceId, state: JSON.stringify(s), through: s.t! }));
  await detection.commitTick({ ops: [], statuses: [], states, resetsDone: [] }, { fence });
  runtime.savedAt = now;
}
