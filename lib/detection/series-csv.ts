import type { Verdict } from "./step-detector";

export interface SeriesRow {
  /** The timestamp text as given, echoed back unchanged. */
  text: string;
  t: number;
  count: number;
}

export class SeriesCsvError extends Error {}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function parseTimestamp(text: string, line: number): number {
  const m = TIMESTAMP.exec(text);
  const t = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 19).replace("T", " ") !== text) {
    throw new SeriesCsvError(`line ${line}: bad timestamp "${text.slice(0, 40)}" (want YYYY-MM-DD HH:MM:SS, UTC)`);
  }
  return t;
}

/** Parses `timestamp,value` CSV text; throws SeriesCsvError naming the first bad line. */
export function parseSeriesCsv(text: string): SeriesRow[] {
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const header = (lines[0] ?? "").trim().toLowerCase().replace(/^\ufeff/, "");
  if (header !== "timestamp,value") throw new SeriesCsvError(`line 1: header must be "timestamp,value", got "${header.slice(0, 40)}"`);
  const rows: SeriesRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(",");
    if (cells.length !== 2) throw new SeriesCsvError(`line ${i + 1}: want 2 columns, got ${cells.length}`);
    const stamp = cells[0].trim();
    const t = parseTimestamp(stamp, i + 1);
    const raw = cells[1].trim();
    const count = Number(raw);
    if (raw === "" || !Number.isFinite(count)) throw new SeriesCsvError(`line ${i + 1}: value "${raw.slice(0, 20)}" is not a number`);
    if (count < 0) throw new SeriesCsvError(`line ${i + 1}: value ${count} is negative; counts cannot be`);
    if (rows.length && t <= rows[rows.length - 1].t) throw new SeriesCsvError(`line ${i + 1}: timestamps must increase`);
    rows.push({ text: stamp, t, count });
  }
  if (rows.length === 0) throw new SeriesCsvError("no data rows");
  return rows;
}

/** The bucket width: the most common gap between consecutive rows (gaps from missing rows don't fool it). */
export function inferBucketMs(rows: readonly SeriesRow[]): number {
  if (rows.length < 2) return 60_000;
  const counts = new Map<number, number>();
  for (let i = 1; i < rows.length; i++) {
    const d = rows[i].t - rows[i - 1].t;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** Output CSV: one line per input row, with the expected count for the row's bucket and the status. */
export function formatVerdictCsv(rows: readonly SeriesRow[], verdicts: readonly Verdict[]): string {
  const out = ["timestamp,value,expected,status"];
  rows.forEach((r, i) => out.push(`${r.text},${r.count},${verdicts[i].expectedBucket.toFixed(2)},${verdicts[i].status}`));
  return out.join("\n") + "\n";
}
