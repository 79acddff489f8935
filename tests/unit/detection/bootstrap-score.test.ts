import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bootstrapStandard, standardScore } from "../../bench/detect/bootstrap";
import { parseSeriesScore } from "../../bench/detect/nab";

// The benchmark's spread of the cross-validated score (npm run bench:detect) rests on these.
describe("the bootstrap of NAB's standard score over series", () => {
  it("reads the scorer's per-file lines and adds them up as the scorer does", () => {
    // The cross-validated lines of 2026-12-02; the scorer printed 76.6 for them together.
    const lines = [
      "realTweets/Twitter_volume_AAPL.csv  windows 4/4  false-alerts 5  raw 3.127",
      "realTweets/Twitter_volume_FB.csv  windows 2/2  false-alerts 2  raw 1.500",
      "realTweets/Twitter_volume_GOOG.csv  windows 2/3  false-alerts 2  raw 0.617",
      "realTweets/Twitter_volume_IBM.csv  windows 1/2  false-alerts 1  raw -0.252",
      "realTweets/Twitter_volume_KO.csv  windows 3/3  false-alerts 2  raw 2.466",
    ];
    const series = lines.map(parseSeriesScore);
    expect(series[3]).toEqual({ raw: -0.252, windows: 2 });
    // (3.127 + 1.5 + 0.617 - 0.252 + 2.466 + 14 windows) / (2 × 14) = 21.458 / 28.
    expect(standardScore(series)).toBeCloseTo(76.636, 3);
    expect(() => parseSeriesScore("NAB standard 76.6")).toThrow(/not a scorer line/);
  });

  it("with two series, the middle 90% runs from one drawn twice to the other drawn twice", () => {
    // Draws of two: AA a quarter of the time, AB or BA half, BB a quarter; the 5% and 95% points are AA and BB.
    const a = { raw: -1, windows: 2 }; // 25
    const b = { raw: 1.5, windows: 2 }; // 87.5
    const spread = bootstrapStandard([a, b], 4_000, 7);
    expect(spread.low).toBeCloseTo(25, 9);
    expect(spread.high).toBeCloseTo(87.5, 9);
  });

  it("stays between the lowest and highest single series, and collapses when all series score alike (property)", () => {
    const score = fc.record({ raw: fc.double({ min: -3, max: 3, noNaN: true }), windows: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 8 }), fc.nat(), (series, seed) => {
        const single = series.map((s) => standardScore([s]));
        const { low, high } = bootstrapStandard(series, 200, seed);
        expect(low).toBeLessThanOrEqual(high);
        expect(low).toBeGreaterThanOrEqual(Math.min(...single) - 1e-9);
        expect(high).toBeLessThanOrEqual(Math.max(...single) + 1e-9);
        const same = bootstrapStandard(series.map(() => series[0]), 50, seed);
        expect(same.low).toBeCloseTo(single[0], 9);
        expect(same.high).toBeCloseTo(single[0], 9);
      }),
    );
  });
});
