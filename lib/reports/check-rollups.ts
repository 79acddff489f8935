import type { Db } from "@/db/client";
import { MINUTE_MS, HOUR_MS, REPORT_ID_PER_MS } from "./config";

export interface RollupCheck {
  /** SQLite's own integrity check ("ok" when clean). */
  integrity: string;
  /** (service, minute) and (service, hour) cells where the rollup and the raw rows still kept disagree. */
  minuteMismatches: number;
  hourMismatches: number;
  rawReports: number;
}

/**
 * Compares the rollups with the raw rows over the raw rows' retention (older rollups have no raw rows left to
 * compare with) and runs SQLite's integrity check. Used by tests after a crash and by operators after a restore.
 */
export function checkRollups(db: Db): RollupCheck {
  const c = db.$client;
  const integrity = (c.pragma("integrity_check", { simple: true }) as string) ?? "unknown";
  const oldest = (c.prepare("SELECT MIN(id) AS id FROM reports").get() as { id: number | null }).id;
  if (oldest === null) return { integrity, minuteMismatches: 0, hourMismatches: 0, rawReports: 0 };
  const from = Math.ceil(Math.floor(oldest / REPORT_ID_PER_MS) / HOUR_MS) * HOUR_MS;
  const compare = (rollup: string, key: string, width: number) =>
    (c
      .prepare(
        `WITH raw AS (SELECT service_id AS s, (id / ${REPORT_ID_PER_MS}) / ${width} * ${width} AS b, COUNT(*) AS n FROM reports WHERE id >= ? GROUP BY s, b),
              roll AS (SELECT service_id AS s, ${key} AS b, SUM(count) AS n FROM ${rollup} WHERE ${key} >= ? GROUP BY s, b)
         SELECT COUNT(*) AS n FROM (
           SELECT raw.n AS a, roll.n AS r FROM raw LEFT JOIN roll USING (s, b)
           UNION ALL SELECT raw.n, roll.n FROM roll LEFT JOIN raw USING (s, b) WHERE raw.n IS NULL
         ) WHERE a IS NOT r`,
      )
      .get(from * REPORT_ID_PER_MS, from) as { n: number }).n;
  return {
    integrity,
    minuteMismatches: compare("report_minutes", "minute", MINUTE_MS),
    hourMismatches: compare("report_hours", "hour", HOUR_MS),
    rawReports: (c.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n,
  };
}
