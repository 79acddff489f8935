import type { Db } from "@/db/client";
import { computeExpectedBand, readExpectedBand } from "@/lib/detection/read-expected-band";
import type { DetectorState } from "@/lib/detection/detector-state";
import { readBucketCounts, type SeriesBucketPoint } from "@/lib/reports/read-series";
import type { SeriesBucket } from "@/lib/reports/series-params";
import { pickIncidentWindow } from "./incident-chart-window";

/** An incident's chart: reports per bucket around it with the usual band, frozen once the incident closes. */
export interface IncidentChart {
  bucket: SeriesBucket;
  from: string;
  to: string;
  /** True once stored at close: later learning by the detector does not redraw a published chart. */
  frozen: boolean;
  buckets: SeriesBucketPoint[];
}

/**
 * Reads the chart from the rollups. The band comes from `state` when given (the live detector's, at close) or
 * else from the last saved detector state.
 */
export function buildIncidentChart({ db, serviceId, startedAt, endedAt, now, state }: { db: Db; serviceId: number; startedAt: number; endedAt: number | null; now: number; state?: DetectorState }): IncidentChart {
  const w = pickIncidentWindow({ startedAt, endedAt, now });
  const counts = readBucketCounts({ db, serviceId, from: w.from, to: w.to, width: w.bucketMs });
  const band = state ? computeExpectedBand(state, w.from, w.to, w.bucketMs) : readExpectedBand({ db, serviceId, from: w.from, to: w.to, bucketMs: w.bucketMs });
  const buckets: SeriesBucketPoint[] = [];
  for (let t = w.from, i = 0; t < w.to; t += w.bucketMs, i++) {
    buckets.push({ t: new Date(t).toISOString(), count: counts.get(t) ?? 0, ...(band ? band[i] : {}) });
  }
  return { bucket: w.bucket, from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString(), frozen: false, buckets };
}

/** Stores the chart of an incident that just closed, as the detector knew the usual level then. */
export function freezeIncidentChart({ db, incidentId, serviceId, startedAt, endedAt, now, state }: { db: Db; incidentId: number; serviceId: number; startedAt: number; endedAt: number; now: number; state: DetectorState }): void {
  const chart = { ...buildIncidentChart({ db, serviceId, startedAt, endedAt, now, state }), frozen: true };
  db.$client.prepare("UPDATE incidents SET chart = ? WHERE id = ?").run(JSON.stringify(chart), incidentId);
}
