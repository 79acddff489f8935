import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessLocality } from "../../../lib/correlation/assess-locality";

const USUAL = { US: 0.45, GB: 0.2, DE: 0.15, BR: 0.1, "": 0.1 };
const MOSTLY_US = { US: 0.8, GB: 0.05, DE: 0.05, "": 0.1 };

describe("assessLocality", () => {
  it.each([
    ["a spike from one country that usually sends few reports", USUAL, { US: 30, GB: 12, DE: 400, BR: 6, "": 5 }, "local", "DE"],
    ["a spike in the usual proportions", USUAL, { US: 900, GB: 400, DE: 300, BR: 200, "": 200 }, "spread", "US"],
    ["a spike from the country nearly all reports come from anyway", MOSTLY_US, { US: 700, GB: 30, DE: 30, "": 70 }, "spread", "US"],
    ["too few extra reports to tell", USUAL, { US: 20, GB: 8, DE: 20, BR: 4, "": 4 }, "unknown", "DE"],
    ["unknown-country reports never make a place", USUAL, { US: 22, GB: 10, DE: 8, BR: 5, "": 900 }, "unknown", "DE"],
  ] as const)("%s", (_, usualMix, observed, verdict, country) => {
    const l = assessLocality({ observed, usualMix, usualTotal: 50, usualSample: 5000, windowMinutes: 60 });
    expect(l.verdict).toBe(verdict);
    expect(l.country).toBe(country);
  });

  it("reports the numbers it decided on", () => {
    const l = assessLocality({ observed: { US: 30, GB: 12, DE: 400, BR: 6, "": 5 }, usualMix: USUAL, usualTotal: 50, usualSample: 5000, windowMinutes: 60 });
    expect(l.usualShare).toBeCloseTo(0.15 / 0.9, 3);
    expect(l.share).toBeGreaterThan(0.95);
    expect(l.extra).toBeCloseTo(400 - 7.5 + 30 - 22.5 + 12 - 10 + 6 - 5, 1);
    expect(l.extraByCountry.DE).toBeCloseTo(392.5, 1);
  });

  it("needs a usual mix to compare with: a service without history is never called local", () => {
    const l = assessLocality({ observed: { DE: 400 }, usualMix: {}, usualTotal: 0, usualSample: 0, windowMinutes: 60 });
    expect(l.verdict).toBe("unknown");
  });

  it("a surge that keeps the usual mix is never local, however large (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 500, noNaN: true }), fc.double({ min: 5, max: 200, noNaN: true }), (lift, usualTotal) => {
        const observed = Object.fromEntries(Object.entries(USUAL).map(([c, s]) => [c, Math.round(s * usualTotal * lift)]));
        expect(assessLocality({ observed, usualMix: USUAL, usualTotal, usualSample: 10_000, windowMinutes: 60 }).verdict).not.toBe("local");
      }),
    );
  });
});
