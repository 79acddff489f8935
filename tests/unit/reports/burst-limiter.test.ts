import { describe, expect, it } from "vitest";
import { BurstLimiter } from "../../../lib/reports/burst-limiter";

describe("BurstLimiter", () => {
  it("allows `limit` hits per window, then says how long to wait", () => {
    const limiter = new BurstLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.checkRetryAfter("k", 1000 + i)).toBe(0);
      limiter.recordHit("k", 1000 + i);
    }
    expect(limiter.checkRetryAfter("k", 2000)).toBe(1000 + 60_000 - 2000);
    expect(limiter.checkRetryAfter("other", 2000)).toBe(0);
    expect(limiter.checkRetryAfter("k", 61_001)).toBe(0);
  });
});
