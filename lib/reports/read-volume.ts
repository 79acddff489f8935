import type { Service } from "@/lib/catalog/read-catalog";
import { HOUR_MS, MINUTE_MS } from "./config";
import { median } from "./median";
import type { ReportStore } from "./store/report-store";

/** How busy each service is now against its own recent habit. */
export interface Volume {
  reportsLastHour: number;
  reportsLast15m: number;
  /** Typical reports in this hour of the day: the median of the same hour over the previous 7 days. */
  usualLastHour: number;
  /** Hourly counts for the last 24 h, oldest first; the last is the hour in progress. */
  sparkline: number[];
}

const USUAL_DAYS = 7;

/** Volumes for many services at once: one pass over the hourly rollup and one over the last hour's minutes. */
export async function readVolumes({ reports, services, now }: { reports: ReportStore; services: readonly Service[]; now: number }): Promise<Map<number, Volume>> {
  const hourNow = Math.floor(now / HOUR_MS) * HOUR_MS;
  const minuteNow = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const ids = services.map((s) => s.id);
  const out = new Map<number, Volume>();
  if (!ids.length) return out;
  const { hours, recent } = await reports.readVolumeRows(ids, hourNow - USUAL_DAYS * 24 * HOUR_MS, minuteNow - 59 * MINUTE_MS, minuteNow - 14 * MINUTE_MS);
  const byService = new Map<number, Map<number, number>>();
  for (const r of hours) {
    let m = byService.get(r.s);
    if (!m) byService.set(r.s, (m = new Map()));
    m.set(r.h, r.c);
  }
  const recentBy = new Map(recent.map((r) => [r.s, r]));
  for (const id of ids) {
    const m = byService.get(id) ?? new Map<number, number>();
    const sparkline = Array.from({ length: 24 }, (_, i) => m.get(hourNow - (23 - i) * HOUR_MS) ?? 0);
    const sameHour = Array.from({ length: USUAL_DAYS }, (_, d) => m.get(hourNow - (d + 1) * 24 * HOUR_MS) ?? 0);
    out.set(id, {
      reportsLastHour: recentBy.get(id)?.c ?? 0,
      reportsLast15m: recentBy.get(id)?.q ?? 0,
      usualLastHour: median(sameHour),
      sparkline,
    });
  }
  return out;
}
