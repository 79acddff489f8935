import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutChart, pickAxisTop } from "../../../lib/charts/chart-geometry";

const bucket = (i: number, count: number, expected?: number) => ({
  t: new Date(Date.UTC(2026, 10, 20, 8, i * 15)).toISOString(),
  count,
  ...(expected === undefined ? {} : { expected, low: expected / 2, high: expected * 2 }),
});

describe("share-image chart layout", () => {
  it("scales bars to a round top and keeps them inside the box", () => {
    const g = layoutChart([bucket(0, 10), bucket(1, 730), bucket(2, 0)], 300, 100);
    expect(g.max).toBe(800);
    expect(g.bars.map((b) => Math.round(b.h))).toEqual([1, 91, 0]);
    for (const b of g.bars) {
      expect(b.y + b.h).toBeCloseTo(100);
      expect(b.x + b.w).toBeLessThanOrEqual(300);
    }
    expect(g.band).toBe("");
    expect(g.highlight).toBeNull();
  });

  it("draws the band around the expected line and shades the highlighted buckets", () => {
    const buckets = [bucket(0, 1, 2), bucket(1, 40, 2), bucket(2, 50, 2), bucket(3, 2, 2)];
    const g = layoutChart(buckets, 400, 100, { from: buckets[1].t, to: buckets[2].t });
    expect(g.expected.split(" ")).toHaveLength(4);
    expect(g.band.split(" ")).toHaveLength(8);
    expect(g.highlight).toEqual({ x: 100, w: 200 });
  });
});

describe("y-axis top", () => {
  it("scales to the data and the band: a chart whose counts and band stay under 110 tops at 120, not 200", () => {
    const buckets = [bucket(0, 60, 40), bucket(1, 104, 40), bucket(2, 30, 54)]; // band high: 80, 80, 108
    expect(layoutChart(buckets, 400, 100).max).toBe(120);
    // The band counts too: a band above every bar still fits.
    expect(layoutChart([bucket(0, 5, 70)], 400, 100).max).toBe(150); // band high 140
    expect(layoutChart([], 400, 100).max).toBe(2);
  });

  it("is a whole number with a whole midline, at or above the peak, and from 10 up at most 1.5 times it (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (v) => {
        const top = pickAxisTop(v);
        expect(Number.isInteger(top / 2)).toBe(true);
        expect(top).toBeGreaterThanOrEqual(v);
        if (v >= 10) expect(top).toBeLessThanOrEqual(1.5 * v);
        else expect(top).toBeLessThanOrEqual(Math.max(2, 2 * v));
      }),
      { numRuns: 5_000 },
    );
  });
});
