import { describe, expect, it } from "vitest";
import { layoutChart } from "../../../lib/charts/chart-geometry";

const bucket = (i: number, count: number, expected?: number) => ({
  t: new Date(Date.UTC(2026, 10, 20, 8, i * 15)).toISOString(),
  count,
  ...(expected === undefined ? {} : { expected, low: expected / 2, high: expected * 2 }),
});

describe("share-image chart layout", () => {
  it("scales bars to a round top and keeps them inside the box", () => {
    const g = layoutChart([bucket(0, 10), bucket(1, 730), bucket(2, 0)], 300, 100);
    expect(g.max).toBe(1000);
    expect(g.bars.map((b) => Math.round(b.h))).toEqual([1, 73, 0]);
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
