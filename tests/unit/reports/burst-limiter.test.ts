import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BurstLimiter } from "../../../lib/reports/store/burst-limiter";

describe("BurstLimiter", () => {
  it("allows `limit` hits per window, then says how long to wait", () => {
    const limiter = new BurstLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.checkRetryAfter(1, 1000 + i)).toBe(0);
      limiter.recordHit(1, 1000 + i);
    }
    expect(limiter.checkRetryAfter(1, 2000)).toBe(1000 + 60_000 - 2000);
    expect(limiter.checkRetryAfter(2, 2000)).toBe(0);
    expect(limiter.checkRetryAfter(1, 61_001)).toBe(0);
  });

  it("agrees with a plain count of the hits in the sliding window (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 60 }), (limit, gaps) => {
        const windowMs = 1_000;
        const limiter = new BurstLimiter(limit, windowMs);
        const hits: number[] = [];
        let t = 0;
        for (const gap of gaps) {
          t += gap;
          const inWindow = hits.filter((h) => h > t - windowMs).length;
          const wait = limiter.checkRetryAfter(7, t);
          expect(wait === 0).toBe(inWindow < limit);
          if (wait === 0) {
            limiter.recordHit(7, t);
            hits.push(t);
          } else expect(t + wait).toBe(hits.filter((h) => h > t - windowMs).at(-limit)! + windowMs);
        }
      }),
    );
  });
});
