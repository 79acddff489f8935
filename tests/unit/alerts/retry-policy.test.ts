import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judgeAnswer, parseRetryAfter, planRetry, type RetryConfig } from "@/lib/alerts/retry-policy";

const config: RetryConfig = { baseMs: 5_000, maxDelayMs: 6 * 3600_000, windowMs: 24 * 3600_000 };
const T0 = 1_764_000_000_000;

describe("retry policy", () => {
  it("backs off exponentially (x3) with jitter between half and all of each step", () => {
    expect(planRetry({ attempts: 1, firstAttemptAt: T0, now: T0, retryAfterMs: null, random: 0, config })).toBe(T0 + 2_500);
    expect(planRetry({ attempts: 1, firstAttemptAt: T0, now: T0, retryAfterMs: null, random: 0.999999, config })).toBe(T0 + 5_000);
    expect(planRetry({ attempts: 3, firstAttemptAt: T0, now: T0 + 60_000, retryAfterMs: null, random: 0.5, config })).toBe(T0 + 60_000 + 45_000 * 0.75);
    // Capped at maxDelayMs.
    expect(planRetry({ attempts: 12, firstAttemptAt: T0, now: T0 + 1000, retryAfterMs: null, random: 0.999999, config })).toBeLessThanOrEqual(T0 + 1000 + config.maxDelayMs);
  });

  it("honours Retry-After, within the cap", () => {
    expect(planRetry({ attempts: 1, firstAttemptAt: T0, now: T0, retryAfterMs: 120_000, random: 0, config })).toBe(T0 + 120_000);
    expect(planRetry({ attempts: 1, firstAttemptAt: T0, now: T0, retryAfterMs: 100 * 3600_000, random: 0, config })).toBe(T0 + config.maxDelayMs);
  });

  it("dead-letters once the next try would fall past the 24 h window", () => {
    expect(planRetry({ attempts: 9, firstAttemptAt: T0, now: T0 + 23 * 3600_000, retryAfterMs: null, random: 0, config })).toBeNull();
  });

  it("property: every retry is later than now, within the window, and a whole schedule ends within 24 h in a bounded number of attempts", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 40, maxLength: 40 }), (randoms) => {
        let now = T0;
        let attempts = 1;
        for (;;) {
          const next = planRetry({ attempts, firstAttemptAt: T0, now, retryAfterMs: null, random: randoms[attempts - 1], config });
          if (next === null) break;
          expect(next).toBeGreaterThan(now);
          expect(next).toBeLessThanOrEqual(T0 + config.windowMs);
          now = next;
          attempts++;
          expect(attempts).toBeLessThan(40);
        }
        // The last attempt is made at least 18 hours in (6 h cap): a receiver down for most of a day still gets it.
        expect(now - T0).toBeGreaterThan(18 * 3600_000);
      }),
    );
  });

  it("judges answers: 2xx delivered, 410 gone, a push service's 404 gone, redirects and errors failed", () => {
    expect(judgeAnswer({ status: 204, now: T0, push: false })).toEqual({ kind: "delivered" });
    expect(judgeAnswer({ status: 410, now: T0, push: false }).kind).toBe("gone");
    expect(judgeAnswer({ status: 404, now: T0, push: false }).kind).toBe("failed");
    expect(judgeAnswer({ status: 404, now: T0, push: true }).kind).toBe("gone");
    expect(judgeAnswer({ status: 301, now: T0, push: false }).kind).toBe("failed");
    expect(judgeAnswer({ status: 503, retryAfter: "30", now: T0, push: false })).toEqual({ kind: "failed", reason: "HTTP 503", retryAfterMs: 30_000 });
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("120", T0)).toBe(120_000);
    expect(parseRetryAfter(new Date(T0 + 90_000).toUTCString(), T0)).toBe(90_000);
    expect(parseRetryAfter("soon", T0)).toBeNull();
    expect(parseRetryAfter(undefined, T0)).toBeNull();
  });
});
