import type { Db } from "@/db/client";
import { findServiceById, listServices } from "@/lib/catalog/read-catalog";
import { correlateIncidents } from "@/lib/correlation/run-correlation";
import { freezeIncidentChart } from "@/lib/incidents/build-incident-chart";
import { readSharesBetween } from "@/lib/reports/read-breakdown";
import { DETECTOR_CONFIG, LIVE_BUCKET_MS, STATE_SAVE_EVERY_MS, WARMUP_DAYS, type DetectorConfig } from "./config";
import { computePriorRates } from "./cold-start-prior";
import { createDetectorState, type DetectorState } from "./detector-state";
import {
  closeIncident,
  insertIncident,
  loadDetectorStates,
  readFirstReportHours,
  readIncidentStart,
  readMinuteTotals,
  readOpenIncidents,
  readMedianRatesPerMin,
  readSiteRatePerMin,
  takeDetectorResets,
  saveDetectorStates,
  updateIncidentPeak,
  writeServiceStatus,
} from "./detection-store";
import { readShortSize, standDownDetector, stepDetector, type Verdict } from "./step-detector";

/** The live detector's memory between ticks; the rollups stay the source of truth. */
export interface DetectionRuntime {
  states: Map<number, DetectorState>;
  savedAt: number;
}

export function createDetectionRuntime(db: Db): DetectionRuntime {
  return { states: loadDetectorStates(db), savedAt: 0 };
}

const TOP_SHARES = 5;

/**
 * One detection tick: advances every service's detector through each completed minute it has not seen
 * (a new service is first warmed up on WARMUP_DAYS of rollups), opens, updates and closes incidents on the
 * way, and writes each service's latest verdict. Returns how many minute-steps it took.
 */
export function runDetectionTick({ db, now, runtime, config = DETECTOR_CONFIG }: { db: Db; now: number; runtime: DetectionRuntime; config?: DetectorConfig }): number {
  const through = Math.floor(now / LIVE_BUCKET_MS) * LIVE_BUCKET_MS - LIVE_BUCKET_MS;
  const services = listServices(db);
  for (const id of takeDetectorResets(db)) {
    const state = runtime.states.get(id);
    if (state) standDownDetector(state, now);
  }
  const byStart = new Map<number, number[]>();
  let firstHours: Map<number, number> | undefined;
  let priors: Map<number, number> | undefined;
  let ownLevels: Map<number, number> | undefined;
  for (const s of services) {
    let state = runtime.states.get(s.id);
    if (!state || state.t === null || through - state.t > WARMUP_DAYS * 86_400_000) {
      firstHours ??= readFirstReportHours(db);
      priors ??= computePriorRates(services, readSiteRatePerMin(db, now), config);
      // A service with history it is about to be warmed up on starts from its own typical level (the median hour, so a
      // past outage does not count), not from the catalog's guess: the first hours of the warm-up are then judged fairly.
      ownLevels ??= readMedianRatesPerMin(db, through - WARMUP_DAYS * 86_400_000, through);
      state = createDetectorState(LIVE_BUCKET_MS, config, ownLevels.get(s.id) ?? priors.get(s.id));
      // Warm up on the last WARMUP_DAYS of rollups, but not on the silence before the first report.
      state.t = Math.max(through - WARMUP_DAYS * 86_400_000, (firstHours.get(s.id) ?? through) - LIVE_BUCKET_MS);
      runtime.states.set(s.id, state);
    }
    if (state.t! >= through) continue;
    const group = byStart.get(state.t!) ?? [];
    group.push(s.id);
    byStart.set(state.t!, group);
  }

  const open = readOpenIncidents(db);
  const latest: { serviceId: number; verdict: Verdict; windowMinutes: number; incidentId: number | null }[] = [];
  let steps = 0;
  db.$client.transaction(() => {
    for (const [after, ids] of byStart) {
      // A long catch-up (warm-up) reads one service at a time to bound memory; a normal tick reads all at once.
      // Rows come back in service-id order, so walk the services in that order too.
      ids.sort((a, b) => a - b);
      const batches = through - after > 3_600_000 ? ids.map((id) => [id]) : [ids];
      for (const batch of batches) {
        const rows = readMinuteTotals(db, batch, after, through);
        let i = 0;
        for (const id of batch) {
          const state = runtime.states.get(id)!;
          let last: Verdict | null = null;
          for (let t = after + LIVE_BUCKET_MS; t <= through; t += LIVE_BUCKET_MS) {
            while (i < rows.length && (rows[i].s < id || (rows[i].s === id && rows[i].m < t))) i++;
            const count = i < rows.length && rows[i].s === id && rows[i].m === t ? rows[i].c : 0;
            const previous = state.status;
            last = stepDetector(state, { t, count }, config).verdict;
            trackIncident(db, id, previous, last, open, state);
            steps++;
          }
          if (last) latest.push({ serviceId: id, verdict: last, windowMinutes: (readShortSize(LIVE_BUCKET_MS, config) * LIVE_BUCKET_MS) / 60_000, incidentId: open.get(id)?.id ?? null });
        }
      }
    }
    writeServiceStatus(db, latest);
  })();

  if (now - runtime.savedAt >= STATE_SAVE_EVERY_MS) {
    saveDetectorStates(db, runtime.states);
    runtime.savedAt = now;
  }
  // Right after detection, while its incidents are fresh: group outages that happen together and name their likely cause.
  correlateIncidents({ db, now });
  return steps;
}

/** Opens an incident on entering `outage`, follows its peak, and closes it (freezing its chart) when the outage ends. */
function trackIncident(db: Db, serviceId: number, previous: string, v: Verdict, open: Map<number, { id: number; peakCount: number }>, state: DetectorState): void {
  const current = open.get(serviceId);
  if (v.status === "outage") {
    if (!current) open.set(serviceId, { id: insertIncident(db, serviceId, v), peakCount: v.observed });
    else if (v.observed > current.peakCount) {
      updateIncidentPeak(db, current.id, v);
      current.peakCount = v.observed;
    }
    return;
  }
  if (current && previous === "outage") {
    const endedAt = v.calmSince ?? v.t;
    const service = findServiceById(db, serviceId);
    const startedAt = readIncidentStart(db, current.id);
    const shares = service ? readSharesBetween({ db, service, from: startedAt, to: endedAt + LIVE_BUCKET_MS }) : { problems: [], countries: [] };
    closeIncident(db, current.id, endedAt, shares.problems.slice(0, TOP_SHARES), shares.countries.slice(0, TOP_SHARES));
    freezeIncidentChart({ db, incidentId: current.id, serviceId, startedAt, endedAt, now: v.t + LIVE_BUCKET_MS, state });
    open.delete(serviceId);
  }
}

/** Saves every state now (on shutdown). */
export function flushDetection(db: Db, runtime: DetectionRuntime, now: number): void {
  saveDetectorStates(db, runtime.states);
  runtime.savedAt = now;
}
