import type { SeriesBucketPoint } from "@/lib/charts/series-point";
import type { SeriesBucket } from "@/lib/reports/series-params";
import type { ReportStore } from "@/lib/reports/store/report-store";
import type { DetectorState } from "./detector-state";
import { pickIncidentWindow } from "./incident-chart-window";
import { computeExpectedBand, readExpectedBand } from "./read-expected-band";
import type { DetectionStore } from "./store/detection-store";

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
export async function buildIncidentChart({ reports, detection, serviceId, startedAt, endedAt, now, state }: {
  reports: ReportStore;
  detection: DetectionStore;
  serviceId: number;
  startedAt: number;
  endedAt: number | null;
  now: number;
  state?: DetectorState;
}): Promise<IncidentChart> {
  const w = pickIncidentWindow({ startedAt, endedAt, now });
  const counts = await reports.readBucketCounts(serviceId, w.from, w.to, w.bucketMs);
  const band = state ? computeExpectedBand(state, w.from, w.to, w.bucketMs) : await readExpectedBand({ detection, serviceId, from: w.from, to: w.to, bucketMs: w.bucketMs });
  const buckets: SeriesBucketPoint[] = [];
  for (let t = w.from, i = 0; t < w.to; t += w.bucketMs, i++) {
    buckets.push({ t: new Date(t).toISOString(), count: counts.get(t) ?? 0, ...(band ? band[i] : {}) });
  }
  return { bucket: w.bucket, from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString(), frozen: false, buckets };
}
