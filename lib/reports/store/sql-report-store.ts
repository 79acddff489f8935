import { inIds, type SqlClient } from "@/db/sql-client";
import { HOUR_MS, MINUTE_MS, REPORT_ID_PER_MS } from "../config";
import type { Admission, HistoryCell, IntakeRules, MinuteTotal, PreparedReport, ReportStore, RollupCheck } from "./report-store";

/** The per-hour totals of history cells, which are written with them. */
export function sumHours(cells: readonly HistoryCell[]): { serviceId: number; hour: number; count: number }[] {
  const hours = new Map<string, { serviceId: number; hour: number; count: number }>();
  for (const c of cells) {
    const hour = Math.floor(c.minute / HOUR_MS) * HOUR_MS;
    const key = `${c.serviceId}|${hour}`;
    const h = hours.get(key);
    if (h) h.count += c.count;
    else hours.set(key, { serviceId: c.serviceId, hour, count: c.count });
  }
  return [...hours.values()];
}

/**
 * Everything of the report store but intake, in SQL both dialects run; the dialect adapters (sqlite-report-store.ts,
 * postgres-report-store.ts) add intake, whose speed decides how big a surge one node can take.
 */
export abstract class SqlReportStore implements ReportStore {
  abstract readonly shared: boolean;

  constructor(protected readonly sql: SqlClient) {}

  abstract admit(batch: readonly PreparedReport[], now: number, rules: IntakeRules): Promise<Admission[]>;

  abstract settle(): Promise<void>;

  abstract pruneIntakeMemory(now: number, slice: number, slices: number): Promise<number>;

  protected abstract checkIntegrity(): Promise<string | null>;

  readMinuteTotals(serviceIds: readonly number[], after: number, through: number): Promise<MinuteTotal[]> {
    if (!serviceIds.length) return Promise.resolve([]);
    return this.sql.all<MinuteTotal>(
      `SELECT service_id AS s, minute AS m, SUM(count) AS c FROM report_minutes
       WHERE service_id ${inIds(serviceIds)} AND minute > ? AND minute <= ?
       GROUP BY service_id, minute ORDER BY service_id, minute`,
      [after, through],
    );
  }

  async readBucketCounts(serviceId: number, from: number, to: number, width: number): Promise<Map<number, number>> {
    // Hour-wide buckets come from the hourly rollup: 60x fewer rows for week-long charts.
    const sql =
      width >= HOUR_MS
        ? "SELECT hour - hour % ? AS b, SUM(count) AS c FROM report_hours WHERE service_id = ? AND hour >= ? AND hour < ? GROUP BY 1"
        : "SELECT minute - minute % ? AS b, SUM(count) AS c FROM report_minutes WHERE service_id = ? AND minute >= ? AND minute < ? GROUP BY 1";
    const rows = await this.sql.all<{ b: number; c: number }>(sql, [width, serviceId, from, to]);
    return new Map(rows.map((r) => [r.b, r.c]));
  }

  readCells(serviceId: number, from: number, to: number, by: "problem" | "country"): Promise<{ k: string; c: number }[]> {
    const column = by === "problem" ? "problem" : "country";
    return this.sql.all(`SELECT ${column} AS k, SUM(count) AS c FROM report_minutes WHERE service_id = ? AND minute >= ? AND minute < ? GROUP BY ${column}`, [serviceId, from, to]);
  }

  async sumReports(serviceId: number, windows: readonly (readonly [number, number])[]): Promise<number[]> {
    if (!windows.length) return [];
    // One query for all the windows (a day apart, for "usual"): each an index range of the rollup.
    const sums = windows.map((_, i) => `SUM(CASE WHEN minute >= ? AND minute < ? THEN count ELSE 0 END) AS w${i}`).join(", ");
    const ranges = windows.map(() => "(minute >= ? AND minute < ?)").join(" OR ");
    const bounds = windows.flatMap(([from, to]) => [from, to]);
    const row = await this.sql.get<Record<string, number | null>>(`SELECT ${sums} FROM report_minutes WHERE service_id = ? AND (${ranges})`, [...bounds, serviceId, ...bounds]);
    return windows.map((_, i) => Number(row?.[`w${i}`] ?? 0));
  }

  async readVolumeRows(serviceIds: readonly number[], hourFrom: number, minuteFrom: number, quarterFrom: number) {
    if (!serviceIds.length) return { hours: [], recent: [] };
    const list = inIds(serviceIds);
    const hours = await this.sql.all<{ s: number; h: number; c: number }>(`SELECT service_id AS s, hour AS h, count AS c FROM report_hours WHERE service_id ${list} AND hour >= ?`, [hourFrom]);
    const recent = await this.sql.all<{ s: number; c: number; q: number }>(
      `SELECT service_id AS s, SUM(count) AS c, SUM(CASE WHEN minute >= ? THEN count ELSE 0 END) AS q
       FROM report_minutes WHERE service_id ${list} AND minute >= ? GROUP BY service_id`,
      [quarterFrom, minuteFrom],
    );
    return { hours, recent };
  }

  async readFirstReportHours(): Promise<Map<number, number>> {
    const rows = await this.sql.all<{ s: number; h: number }>("SELECT service_id AS s, MIN(hour) AS h FROM report_hours GROUP BY service_id");
    return new Map(rows.map((r) => [r.s, r.h]));
  }

  async readSiteTotal(from: number, to: number): Promise<{ count: number; firstHour: number | null }> {
    const row = await this.sql.get<{ n: number | null; first: number | null }>(`SELECT SUM(count) AS n, MIN(hour) AS "first" FROM report_hours WHERE hour >= ? AND hour < ?`, [from, to]);
    return { count: Number(row?.n ?? 0), firstHour: row?.first ?? null };
  }

  readHourCounts(serviceIds: readonly number[], from: number, to: number): Promise<{ s: number; h: number; c: number }[]> {
    if (!serviceIds.length) return Promise.resolve([]);
    return this.sql.all(`SELECT service_id AS s, hour AS h, count AS c FROM report_hours WHERE service_id ${inIds(serviceIds)} AND hour >= ? AND hour < ? ORDER BY service_id, hour`, [from, to]);
  }

  async hasHistory(): Promise<boolean> {
    return (await this.sql.get("SELECT 1 AS x FROM report_hours LIMIT 1")) !== undefined;
  }

  abstract addHistory(cells: readonly HistoryCell[]): Promise<void>;

  pruneRaw(beforeId: number, limit: number): Promise<number> {
    // A bounded range of the time-ordered id: a big prune is many short deletes, never one long lock.
    return this.sql.run("DELETE FROM reports WHERE id IN (SELECT id FROM reports WHERE id < ? ORDER BY id LIMIT ?)", [beforeId, limit]);
  }

  async checkRollups(): Promise<RollupCheck> {
    const integrity = await this.checkIntegrity();
    const oldest = (await this.sql.get<{ id: number | null }>("SELECT MIN(id) AS id FROM reports"))?.id ?? null;
    if (oldest === null) return { integrity, minuteMismatches: 0, hourMismatches: 0, rawReports: 0 };
    const from = Math.ceil(Math.floor(oldest / REPORT_ID_PER_MS) / HOUR_MS) * HOUR_MS;
    const compare = async (rollup: string, key: string, width: number) =>
      (
        await this.sql.get<{ n: number }>(
          `WITH raw AS (SELECT service_id AS s, (id / ${REPORT_ID_PER_MS}) / ${width} * ${width} AS b, COUNT(*) AS n FROM reports WHERE id >= ? GROUP BY service_id, (id / ${REPORT_ID_PER_MS}) / ${width} * ${width}),
                roll AS (SELECT service_id AS s, ${key} AS b, SUM(count) AS n FROM ${rollup} WHERE ${key} >= ? GROUP BY service_id, ${key})
           SELECT COUNT(*) AS n FROM (
             SELECT raw.n AS a, roll.n AS r FROM raw LEFT JOIN roll ON roll.s = raw.s AND roll.b = raw.b
             UNION ALL SELECT raw.n AS a, roll.n AS r FROM roll LEFT JOIN raw ON raw.s = roll.s AND raw.b = roll.b WHERE raw.n IS NULL
           ) AS cells WHERE a IS NULL OR r IS NULL OR a <> r`,
          [from * REPORT_ID_PER_MS, from],
        )
      )!.n;
    return {
      integrity,
      minuteMismatches: await compare("report_minutes", "minute", MINUTE_MS),
      hourMismatches: await compare("report_hours", "hour", HOUR_MS),
      rawReports: (await this.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM reports"))!.n,
    };
  }

  async readSalt(day: number): Promise<Buffer | null> {
    const row = await this.sql.get<{ salt: Buffer }>("SELECT salt FROM salts WHERE day = ?", [day]);
    return row ? Buffer.from(row.salt) : null;
  }

  async insertSalt(day: number, salt: Buffer): Promise<void> {
    await this.sql.run("INSERT INTO salts (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING", [day, salt]);
  }

  deleteSaltsBefore(day: number): Promise<number> {
    return this.sql.run("DELETE FROM salts WHERE day < ?", [day]);
  }
}
