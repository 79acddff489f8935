import type { SeriesRow } from "../../../lib/detection/series-csv";

/** A labelled window as NAB's label file gives it: [first, last] timestamp texts. */
export type LabelWindow = readonly [string, string];

const DAY_MS = 86_400_000;
/** NAB's label texts ("2015-03-03 04:37:53.000000") as ms UTC. */
const parseLabel = (text: string) => Date.parse(`${text.slice(0, 19).replace(" ", "T")}Z`);

/** NAB ignores alerts in a series' first 15% of rows, at most 750 (its probation): a window there cannot be scored fairly. */
export function readProbationRows(rows: number): number {
  return Math.min(Math.floor(0.15 * rows), 750);
}

/**
 * The series as if the detector had been started `days` later: the rows before then are dropped, and so is every
 * window that no longer lies wholly after NAB's probation of the cut series (the scorer would ignore the alerts in
 * it and count the window missed). Every window left then meets a detector with less history behind it (a younger
 * weekly profile, fewer days of burst calibration), which is what a service added to the catalog last week looks like.
 */
export function startLater(rows: readonly SeriesRow[], windows: readonly LabelWindow[], days: number): { rows: SeriesRow[]; windows: LabelWindow[] } {
  const kept = rows.length === 0 ? [] : rows.filter((r) => r.t >= rows[0].t + days * DAY_MS);
  if (kept.length === 0) return { rows: [], windows: [] };
  const scoredFrom = kept[readProbationRows(kept.length)].t;
  return { rows: kept, windows: windows.filter(([start]) => parseLabel(start) >= scoredFrom) };
}
