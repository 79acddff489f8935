import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thinCounts } from "../../bench/detect/thin";

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
