import type { SeriesRow } from "../../../lib/detection/series-csv";
import { startLater, type LabelWindow } from "./later-start";
import { thinCounts, VOLUME_CHANGES } from "./thin";

/**
 * A series under a changed condition: the same labelled events on a service a half or a quarter as popular, one
 * whose popularity changes along the series, or one added to the catalog days later. These are the conditions the
 * bench checks the default settings under; cross-validating on each of them asks whether a way of choosing the
 * setting holds up beyond the five series as they are.
 */
export type Condition = { name: string; keep: number | ((x: number) => number) } | { name: string; laterDays: number };

export const CONDITIONS: readonly Condition[] = [
  { name: "p = 0.5", keep: 0.5 },
  { name: "p = 0.25", keep: 0.25 },
  ...VOLUME_CHANGES.map((v) => ({ name: v.name, keep: v.share })),
  ...[3, 6, 9, 12].map((days) => ({ name: `${days} days later`, laterDays: days })),
];

/**
 * The rows and the windows left to score under `condition`. A share that changes along the series is read at each
 * row's relative position (0 at the first row); thinning is reproducible from `seed`.
 */
export function changeSeries(
  rows: readonly SeriesRow[],
  windows: readonly LabelWindow[],
  condition: Condition,
  seed: number,
): { rows: SeriesRow[]; windows: LabelWindow[] } {
  if ("laterDays" in condition) return startLater(rows, windows, condition.laterDays);
  const { keep } = condition;
  const counts = thinCounts(
    rows.map((r) => r.count),
    typeof keep === "number" ? keep : (row) => keep(row / rows.length),
    seed,
  );
  return { rows: rows.map((r, i) => ({ ...r, count: counts[i] })), windows: [...windows] };
}
