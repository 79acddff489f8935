import { describe, expect, it } from "vitest";
import { readProbationRows, startLater } from "../../bench/detect/later-start";

// The benchmark's "started later" check (npm run bench:detect) rests on this cut being right.
describe("startLater", () => {
  // One row an hour for 40 days from 2015-03-01 00:00:00 UTC (960 rows), texts as NAB writes them.
  const t0 = Date.UTC(2015, 2, 1);
  const HOUR = 3_600_000;
  const text = (t: number) => new Date(t).toISOString().slice(0, 19).replace("T", " ");
  const rows = Array.from({ length: 960 }, (_, i) => ({ t: t0 + i * HOUR, text: text(t0 + i * HOUR), count: i }));
  const windows = [
    ["2015-03-02 02:00:00.000000", "2015-03-02 05:00:00.000000"], // day 1
    ["2015-03-14 20:00:00.000000", "2015-03-15 04:00:00.000000"], // day 13.8
    ["2015-03-30 10:00:00.000000", "2015-03-30 12:00:00.000000"], // day 29.4
  ] as const;

  it("is NAB's probation: 15% of the rows, at most 750", () => {
    expect(readProbationRows(960)).toBe(144);
    expect(readProbationRows(100)).toBe(15);
    expect(readProbationRows(15_000)).toBe(750);
  });

  it("drops the rows before the new start and keeps the rest unchanged", () => {
    const { rows: kept } = startLater(rows, windows, 10);
    expect(kept).toHaveLength(720);
    expect(kept[0]).toEqual({ t: t0 + 240 * HOUR, text: "2015-03-11 00:00:00", count: 240 });
    expect(kept[719].count).toBe(959);
  });

  it("keeps only the windows that start after the cut series' probation", () => {
    // 10 days later: 720 rows, probation 108 rows (4.5 days), scored from 2015-03-15 12:00, so only the last window.
    expect(startLater(rows, windows, 10).windows).toEqual([windows[2]]);
    // 5 days later: 840 rows, probation 126 rows (5.25 days), scored from 2015-03-11 06:00: the last two.
    expect(startLater(rows, windows, 5).windows).toEqual([windows[1], windows[2]]);
  });

  it("at zero days keeps every row and drops only windows inside the probation, and leaves nothing past the end", () => {
    // 960 rows, probation 144 rows (6 days): the day-1 window lies inside it.
    expect(startLater(rows, windows, 0)).toEqual({ rows, windows: [windows[1], windows[2]] });
    expect(startLater(rows, windows, 41)).toEqual({ rows: [], windows: [] });
  });
});
