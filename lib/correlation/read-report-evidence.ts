import type { Db } from "@/db/client";
import { prepareCached } from "./prepare-cached";
import { MIX_TOP_COUNTRIES, USUAL_DAYS, USUAL_FLOOR_REPORTS, USUAL_MIX_DAYS } from "./config";
import type { RateEvidence } from "./types";

const DAY_MS = 86_400_000;

function sumReports(db: Db, serviceId: number, from: number, to: number): number {
  const row = prepareCached(db, "SELECT COALESCE(SUM(count), 0) AS c FROM report_minutes WHERE service_id = ? AND minute >= ? AND minute < ?").get(serviceId, from, to) as { c: number };
  return row.c;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A service's reports in [from, to) against its usual for that clock window: the median of the same window on each
 * of the USUAL_DAYS days before (a median, so one past outage at that hour does not raise it).
 */
export function readRateAgainstUsual({ db, serviceId, from, to }: { db: Db; serviceId: number; from: number; to: number }): RateEvidence {
  const observed = sumReports(db, serviceId, from, to);
  const usual = median(Array.from({ length: USUAL_DAYS }, (_, i) => sumReports(db, serviceId, from - (i + 1) * DAY_MS, to - (i + 1) * DAY_MS)));
  return {
    observed,
    usual: Math.round(usual * 10) / 10,
    ratio: Math.round((observed / Math.max(usual, USUAL_FLOOR_REPORTS)) * 10) / 10,
    windowMinutes: Math.round((to - from) / 60_000),
  };
}

/** Reports by country ("" = unknown) in [from, to). */
export function readCountryCounts({ db, serviceId, from, to }: { db: Db; serviceId: number; from: number; to: number }): Record<string, number> {
  const byCountry = prepareCached(db, "SELECT country AS k, SUM(count) AS c FROM report_minutes WHERE service_id = ? AND minute >= ? AND minute < ? GROUP BY country");
  const rows = byCountry.all(serviceId, from, to) as { k: string; c: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.c]));
}

/** The service's usual country mix (shares, "" = unknown) over the USUAL_MIX_DAYS before `before`, top countries only, and how many reports it rests on. */
export function readUsualMix({ db, serviceId, before }: { db: Db; serviceId: number; before: number }): { mix: Record<string, number>; sample: number } {
  const counts = Object.entries(readCountryCounts({ db, serviceId, from: before - USUAL_MIX_DAYS * DAY_MS, to: before }));
  const sample = counts.reduce((s, [, c]) => s + c, 0);
  const top = counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MIX_TOP_COUNTRIES);
  return { mix: Object.fromEntries(top.map(([k, c]) => [k, Math.round((c / Math.max(sample, 1)) * 10_000) / 10_000])), sample };
}
