import { describe, expect, it } from "vitest";
import { changeSeries, CONDITIONS } from "../../bench/detect/changed-series";
import { chooseBest } from "../../bench/detect/choose-best";

// The bench's cross-validation on changed versions of the series (npm run bench:detect -- --changed) rests on these.
describe("the series under a changed condition", () => {
  // One row an hour for 40 days from 2015-03-01 00:00:00 UTC, 100 reports each; windows as NAB writes them.
  const t0 = Date.UTC(2015, 2, 1);
  const HOUR = 3_600_000;
  const text = (t: number) => new Date(t).toISOString().slice(0, 19).replace("T", " ");
  const rows = Array.from({ length: 960 }, (_, i) => ({ t: t0 + i * HOUR, text: text(t0 + i * HOUR), count: 100 }));
  const windows = [
    ["2015-03-02 02:00:00.000000", "2015-03-02 05:00:00.000000"], // day 1, after this series' probation (144 rows)
    ["2015-03-30 10:00:00.000000", "2015-03-30 12:00:00.000000"], // day 29.4
  ] as const;
  const named = (name: string) => CONDITIONS.find((c) => c.name === name)!;

  it("are the ten the bench checks the default settings under", () => {
    expect(CONDITIONS.map((c) => c.name)).toEqual([
      "p = 0.5",
      "p = 0.25",
      "grows 3x",
      "falls to a third",
      "steps up 2.5x halfway",
      "steps down 2.5x halfway",
      "3 days later",
      "6 days later",
      "9 days later",
      "12 days later",
    ]);
  });

  it("thins by a fixed share, keeping every row, its timestamps and every window", () => {
    const out = changeSeries(rows, windows, named("p = 0.25"), 1);
    expect(out.rows.map((r) => r.text)).toEqual(rows.map((r) => r.text));
    expect(out.windows).toEqual(windows);
    const kept = out.rows.reduce((a, r) => a + r.count, 0);
    // 96,000 reports kept with probability 1/4: 24,000 ± 4 binomial standard deviations (134 each).
    expect(Math.abs(kept - 24_000)).toBeLessThan(4 * Math.sqrt(96_000 * 0.25 * 0.75));
    expect(out.rows.every((r) => r.count <= 100)).toBe(true);
  });

  it("reads a changing share at each row's relative position", () => {
    const out = changeSeries(rows, windows, named("steps up 2.5x halfway"), 2);
    const first = out.rows.slice(0, 480).reduce((a, r) => a + r.count, 0);
    const second = out.rows.slice(480).reduce((a, r) => a + r.count, 0);
    // First half at 0.4 of its volume (19,200 expected), second half whole (48,000).
    expect(second).toBe(48_000);
    expect(Math.abs(first - 19_200)).toBeLessThan(4 * Math.sqrt(48_000 * 0.4 * 0.6));
  });

  it("starts later by dropping rows and the windows that would fall in the cut series' probation", () => {
    const out = changeSeries(rows, windows, named("3 days later"), 3);
    expect(out.rows[0].text).toBe("2015-03-04 00:00:00");
    expect(out.rows).toHaveLength(960 - 72);
    expect(out.windows).toEqual([windows[1]]);
    expect(out.rows.every((r) => r.count === 100)).toBe(true);
  });
});

describe("the bench's choice of factor", () => {
  it("takes the best score, ties to the smaller factor", () => {
    const scores: Record<number, number> = { 2: 50, 2.2: 80, 2.4: 80, 2.6: 70, 2.8: 80 };
    expect(chooseBest([2, 2.2, 2.4, 2.6, 2.8], (f) => scores[f])).toBe(2.2);
    // In whatever order the grid comes.
    expect(chooseBest([2.8, 2.6, 2.4], (f) => scores[f])).toBe(2.4);
    expect(() => chooseBest([], () => 0)).toThrow(/no candidate/);
  });
});
