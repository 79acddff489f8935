import { median } from "@/lib/reports/median";
import type { ReportStore } from "@/lib/reports/store/report-store";
import { MIX_TOP_COUNTRIES, USUAL_DAYS, USUAL_FLOOR_REPORTS, USUAL_MIX_DAYS } from "./config";
import type { RateEvidence } from "./types";

const DAY_MS = 86_400_000;

/**
 * A service's reports in [from, to) against its usual for that clock window: the median of the same window on each
 * of the USUAL_DAYS days before (a median, so one past outage at that hour does not raise it).
 */
export async function readRateAgainstUsual({ reports, serviceId, from, to }: { reports: ReportStore; serviceId: number; from: number; to: number }): Promise<RateEvidence> {
  const windows = Array.from({ length: USUAL_DAYS + 1 }, (_, i) => [from - i * DAY_MS, to - i * DAY_MS] as const);
  const [observed, ...before] = await reports.sumReports(serviceId, windows);
  const usual = median(before);
  return {
    observed,
    usual: Math.round(usual * 10) / 10,
    ratio: Math.round((observed / Math.max(usual, USUAL_FLOOR_REPORTS)) * 10) / 10,
    windowMinutes: Math.round((to - from) / 60_000),
  };
}

/** Reports by country ("" = unknown) in [from, to). */
export async function readCountryCounts({ reports, serviceId, from, to }: { reports: ReportStore; serviceId: number; from: number; to: number }): Promise<Record<string, number>> {
  const rows = await reports.readCells(serviceId, from, to, "country");
  return Object.fromEntries(rows.map((r) => [r.k, r.c]));
}

/** The service's usual country mix (shares, "" = unknown) over the USUAL_MIX_DAYS before `before`, top countries only, and how many reports it rests on. */
export async function readUsualMix({ reports, serviceId, before }: { reports: ReportStore; serviceId: number; before: number }): Promise<{ mix: Record<string, number>; sample: number }> {
  const counts = Object.entries(await readCountryCounts({ reports, serviceId, from: before - USUAL_MIX_DAYS * DAY_MS, to: before }));
  const sample = counts.reduce((s, [, c]) => s + c, 0);
  const top = counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MIX_TOP_COUNTRIES);
  return { mix: Object.fromEntries(top.map(([k, c]) => [k, Math.round((c / Math.max(sample, 1)) * 10_000) / 10_000])), sample };
}
