import type { Db } from "@/db/client";
import { listProblems } from "@/lib/catalog/problems";
import { nameCountry } from "@/lib/catalog/countries";
import type { Service } from "@/lib/catalog/read-catalog";
import { HOUR_MS, MINUTE_MS } from "./config";

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
export function readSharesBetween({ db, service, from, to }: { db: Db; service: Service; from: number; to: number }): Omit<Breakdown, "windowHours"> {
  const by = (column: "problem" | "country") =>
    db.$client
      .prepare(`SELECT ${column} AS k, SUM(count) AS c FROM report_minutes WHERE service_id = ? AND minute >= ? AND minute < ? GROUP BY ${column}`)
      .all(service.id, from, to) as { k: string; c: number }[];
  const problemRows = by("problem");
  const total = problemRows.reduce((s, r) => s + r.c, 0);
  const labels = new Map(listProblems(service.category).map((p) => [p.id, p.label]));
  return { total, problems: toShares(problemRows, total, (k) => labels.get(k) ?? k), countries: toShares(by("country"), total, nameCountry) };
}

/** What people report and where from, over the last `windowHours`, from the minute rollup. */
export function readBreakdown({ db, service, now, windowHours = 24 }: { db: Db; service: Service; now: number; windowHours?: number }): Breakdown {
  const to = Math.floor(now / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  return { windowHours, ...readSharesBetween({ db, service, from: to - windowHours * HOUR_MS, to }) };
}
