import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thinCounts, VOLUME_CHANGES } from "../../bench/detect/thin";

// The benchmark's volume check (npm run bench:detect) rests on this being binomial thinning.
describe("thinCounts", () => {
  it("never keeps more than there was, and keeps everything at keep = 1", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 500 }), { maxLength: 50 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.nat(), (counts, keep, seed) => {
        const thinned = thinCounts(counts, keep, seed);
        expect(thinned).toHaveLength(counts.length);
        thinned.forEach((k, i) => expect(k).toBeLessThanOrEqual(counts[i]));
        expect(thinCounts(counts, 1, seed)).toEqual(counts);
      }),
    );
  });

  it("keeps a share of about `keep` of the reports (within 4 binomial standard deviations)", () => {
    const counts = Array.from({ length: 2000 }, (_, i) => (i * 37) % 101);
    const total = counts.reduce((a, b) => a + b, 0);
    for (const keep of [0.25, 0.5]) {
      const kept = thinCounts(counts, keep, 7).reduce((a, b) => a + b, 0);
      const sd = Math.sqrt(total * keep * (1 - keep));
      expect(Math.abs(kept - total * keep)).toBeLessThan(4 * sd);
    }
  });

  it("is reproducible from its seed, and different seeds thin differently", () => {
    const counts = Array.from({ length: 200 }, () => 40);
    expect(thinCounts(counts, 0.5, 3)).toEqual(thinCounts(counts, 0.5, 3));
    expect(thinCounts(counts, 0.5, 3)).not.toEqual(thinCounts(counts, 0.5, 4));
  });

  it("refuses a share outside (0, 1]", () => {
    expect(() => thinCounts([1], 0, 1)).toThrow(/keep must be/);
    expect(() => thinCounts([1], 1.5, 1)).toThrow(/keep must be/);
  });
});

describe("thinCounts with a share per row (the benchmark's volume changes)", () => {
  it("thins each row by its own share: rows at share 1 are kept whole, the others keep about their share", () => {
    const counts = Array.from({ length: 2000 }, (_, i) => 20 + (i % 13));
    const share = (row: number) => (row < 1000 ? 0.4 : 1);
    const thinned = thinCounts(counts, share, 11);
    expect(thinned.slice(1000)).toEqual(counts.slice(1000));
    const total = counts.slice(0, 1000).reduce((a, b) => a + b, 0);
    const kept = thinned.slice(0, 1000).reduce((a, b) => a + b, 0);
    expect(Math.abs(kept - 0.4 * total)).toBeLessThan(4 * Math.sqrt(total * 0.4 * 0.6));
  });

  it("names the row whose share is out of range", () => {
    expect(() => thinCounts([1, 1, 1], (row) => (row === 2 ? 0 : 1), 1)).toThrow(/got 0 at row 2/);
  });
});

describe("VOLUME_CHANGES", () => {
  // Each change is a share of the volume in (0, 1] everywhere, and does what its name says between its ends.
  const at = (name: string, x: number) => VOLUME_CHANGES.find((c) => c.name === name)!.share(x);
  it("stays a valid share over the whole series", () => {
    for (const { share } of VOLUME_CHANGES) for (let x = 0; x < 1; x += 0.01) expect(share(x) > 0 && share(x) <= 1).toBe(true);
  });
  it("grows threefold, falls to a third, steps 2.5-fold halfway", () => {
    expect(at("grows 3x", 1) / at("grows 3x", 0)).toBeCloseTo(3, 9);
    expect(at("falls to a third", 0) / at("falls to a third", 1)).toBeCloseTo(3, 9);
    expect(at("steps up 2.5x halfway", 0.6) / at("steps up 2.5x halfway", 0.4)).toBe(2.5);
    expect(at("steps down 2.5x halfway", 0.4) / at("steps down 2.5x halfway", 0.6)).toBe(2.5);
  });
});
