import { listProblems } from "@/lib/catalog/problems";
import { nameCountry } from "@/lib/catalog/name-country";
import type { Service } from "@/lib/catalog/read-catalog";
import { HOUR_MS, MINUTE_MS } from "./config";
import type { ReportStore } from "./store/report-store";

export interface Share {
  id: string;
  label: string;
  count: number;
  /** Percent of the window's reports, 0..100, one decimal. */
  percent: number;
}

export interface Breakdown {
  windowHours: number;
  total: number;
  problems: Share[];
  countries: Share[];
}

function toShares(rows: { k: string; c: number }[], total: number, label: (k: string) => string): Share[] {
  return rows
    .map((r) => ({ id: r.k, label: label(r.k), count: r.c, percent: total ? Math.round((r.c / total) * 1000) / 10 : 0 }))
    .sort((a, b) => b.count - a.count);
}

/** What people reported and where from between `from` and `to` (ms, minute starts, to exclusive). */
export async function readSharesBetween({ reports, service, from, to }: { reports: ReportStore; service: Service; from: number; to: number }): Promise<Omit<Breakdown, "windowHours">> {
  const problemRows = await reports.readCells(service.id, from, to, "problem");
  const countryRows = await reports.readCells(service.id, from, to, "country");
  const total = problemRows.reduce((s, r) => s + r.c, 0);
  const labels = new Map(listProblems(service.category).map((p) => [p.id, p.label]));
  return { total, problems: toShares(problemRows, total, (k) => labels.get(k) ?? k), countries: toShares(countryRows, total, nameCountry) };
}

/** What people report and where from, over the last `windowHours`, from the minute rollup. */
export async function readBreakdown({ reports, service, now, windowHours = 24 }: { reports: ReportStore; service: Service; now: number; windowHours?: number }): Promise<Breakdown> {
  const to = Math.floor(now / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  return { windowHours, ...(await readSharesBetween({ reports, service, from: to - windowHours * HOUR_MS, to })) };
}
