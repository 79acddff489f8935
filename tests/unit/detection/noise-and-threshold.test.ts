import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePriorRates } from "../../../lib/detection/cold-start-prior";
import { DETECTOR_CONFIG } from "../../../lib/detection/config";
import { computeEvidence } from "../../../lib/detection/count-tail";
import { createDetectorState } from "../../../lib/detection/detector-state";
import { createNoiseModel, learnNoise, readVariance } from "../../../lib/detection/noise-model";
import { readBurstBar, readModelThreshold, recordBurst } from "../../../lib/detection/threshold";
import { createRandom, sampleGammaMeanOne, samplePoisson } from "../../../lib/demo/prng";

const DAY = 86_400_000;

describe("noise model", () => {
  it("recovers the spread of gamma-Poisson counts (variance = E + spread * E^2) from calm windows", () => {
    const random = createRandom(42);
    const model = createNoiseModel();
    const spread = 0.1; // gamma shape 10
    for (let i = 0; i < 60_000; i++) {
      const expected = [2, 8, 30, 120][i % 4];
      const observed = samplePoisson(random, expected * sampleGammaMeanOne(random, 1 / spread));
      learnNoise(model, observed, expected, Math.exp(-1 / 20_000));
    }
    expect(model.spread).toBeGreaterThan(0.07);
    expect(model.spread).toBeLessThan(0.13);
    expect(model.cluster).toBeLessThan(0.5);
    // At E = 100 the model's variance is within a third of the truth (100 + 0.1 * 100^2 = 1100).
    expect(readVariance(model, 100)).toBeGreaterThan(1100 / 1.35);
    expect(readVariance(model, 100)).toBeLessThan(1100 * 1.35);
  });

  it("is not taught that surges are noise: one 50x window barely moves it", () => {
    const random = createRandom(7);
    const model = createNoiseModel();
    for (let i = 0; i < 5_000; i++) learnNoise(model, samplePoisson(random, 20), 20, Math.exp(-1 / 10_000));
    const before = readVariance(model, 20);
    learnNoise(model, 1000, 20, Math.exp(-1 / 10_000));
    expect(readVariance(model, 20)).toBeLessThan(before * 1.05);
  });
});

describe("evidence and thresholds", () => {
  it("sets the outage threshold from the false-alarm rate: log10 of the tests in FALSE_OUTAGE_WEEKS", () => {
    // 3 windows x 20 weeks x 10,080 one-minute buckets = 604,800 tests.
    expect(readModelThreshold(60_000, 20)).toBeCloseTo(Math.log10(604_800), 10);
    expect(readModelThreshold(300_000, 20)).toBeCloseTo(Math.log10(120_960), 10);
  });

  it("measures evidence as -log10 of the Poisson tail when the variance equals the mean", () => {
    // P(X >= 10 | Poisson(2)) = 1 - sum_{k<10} e^-2 2^k / k!, computed here independently.
    let cdf = 0;
    let term = Math.exp(-2);
    for (let k = 0; k < 10; k++) {
      cdf += term;
      term *= 2 / (k + 1);
    }
    expect(computeEvidence(10, 2, 2 + 1e-9)).toBeCloseTo(-Math.log10(1 - cdf), 3);
    // A flood reads as strong evidence, not as an underflowed 0.
    expect(computeEvidence(5000, 1, 2)).toBeGreaterThan(100);
    expect(computeEvidence(1, 2, 3)).toBe(0);
  });

  it("evidence grows with the count, and in the upper tail shrinks with the variance (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.5, max: 200, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (o, e, s) => {
        const v = e + s * e * e;
        expect(computeEvidence(o + 5, e, v)).toBeGreaterThanOrEqual(computeEvidence(o, e, v) - 1e-9);
        // Beyond two standard deviations of the wider law, a wider law makes a count less surprising.
        if (o > e + 2 * Math.sqrt(2 * v + 1)) expect(computeEvidence(o, e, v * 2 + 1)).toBeLessThanOrEqual(computeEvidence(o, e, v) + 1e-9);
      }),
    );
  });
});

describe("burst bar (calibration for bursty services)", () => {
  const feedDays = (dailyMax: number[], young = false, window = 1, state = createDetectorState(300_000, DETECTOR_CONFIG)) => {
    dailyMax.forEach((peak, d) => {
      for (let b = 0; b < 288; b++) recordBurst(state, d * DAY + b * 300_000, b === 100 ? peak : 1, DETECTOR_CONFIG, young, window);
    });
    recordBurst(state, dailyMax.length * DAY, 1, DETECTOR_CONFIG, young, window);
    return state;
  };

  it("gives a calm service no bar", () => {
    // Calm: CALIBRATION_FACTOR times its ordinary burst stays below RATIO_OUTAGE (with a margin for the histogram's 12% bins).
    const calm = 1 + (0.8 * (DETECTOR_CONFIG.RATIO_OUTAGE - 1)) / DETECTOR_CONFIG.CALIBRATION_FACTOR;
    expect(readBurstBar(feedDays(new Array(10).fill(calm)), DETECTOR_CONFIG)).toBe(0);
  });

  it("gives a bursty service CALIBRATION_FACTOR times its median daily burst above the average", () => {
    const days = [3, 5, 4, 6, 5, 100, 4, 5, 6];
    const median = 5;
    expect(readBurstBar(feedDays(days), DETECTOR_CONFIG)).toBeCloseTo(1 + DETECTOR_CONFIG.CALIBRATION_FACTOR * (median - 1), 0);
    // One outage day (100x) among them moves the median not at all.
    expect(readBurstBar(feedDays(days.map((d) => (d === 100 ? 6 : d))), DETECTOR_CONFIG)).toBeCloseTo(readBurstBar(feedDays(days), DETECTOR_CONFIG), 0);
  });

  it("gives a bursty service's hour-long window a bar from its own ordinary burst, even one below RATIO_OUTAGE", () => {
    const F = DETECTOR_CONFIG.CALIBRATION_FACTOR;
    // Bursty over 15 minutes (median 5), milder over the hour (median 1.58): the hour's bar, 1 + F * 0.58, is below 4.
    // (Both medians sit on edges of the histogram's bins, so they read back almost exactly.)
    const state = feedDays([1.4, 1.58, 1.7, 1.58, 1.5], false, 2, feedDays([4, 5, 7, 5, 6]));
    expect(1 + F * 0.58).toBeLessThan(DETECTOR_CONFIG.RATIO_OUTAGE);
    expect(readBurstBar(state, DETECTOR_CONFIG, 2)).toBeCloseTo(1 + F * 0.58, 1);
    expect(readBurstBar(state, DETECTOR_CONFIG, 1)).toBeCloseTo(1 + F * 4, 0);
  });

  it("judges burstiness on the 15-minute window: a calm service gets no bar on any window", () => {
    // Calm over 15 minutes (median 1.5) whatever its other windows recorded.
    const state = feedDays([3, 3, 3, 3, 3], false, 0, feedDays([9, 9, 9, 9, 9], false, 2, feedDays([1.5, 1.5, 1.5, 1.5, 1.5])));
    for (const window of [0, 1, 2]) expect(readBurstBar(state, DETECTOR_CONFIG, window)).toBe(0);
  });

  it("learns nothing from days measured against the cold-start prior", () => {
    expect(readBurstBar(feedDays([50, 50, 50, 50], true), DETECTOR_CONFIG)).toBe(0);
  });
});

describe("cold-start prior", () => {
  const services = [
    { id: 1, popularity: 100 },
    { id: 2, popularity: 10 },
    { id: 3, popularity: 1 },
  ];

  it("shares the site's rate by popularity^1.5", () => {
    const priors = computePriorRates(services, 10, DETECTOR_CONFIG);
    const w = [1000, 10 ** 1.5, 1];
    const total = w[0] + w[1] + w[2];
    expect(priors.get(1)).toBeCloseTo((10 * w[0]) / total, 6);
    expect(priors.get(2)).toBeCloseTo((10 * w[1]) / total, 6);
    // Never below the floor: about one report an hour.
    expect(priors.get(3)).toBe(DETECTOR_CONFIG.PRIOR_RATE_PER_MIN);
  });

  it("starts every service at the floor on a fresh install", () => {
    for (const rate of computePriorRates(services, 0, DETECTOR_CONFIG).values()) expect(rate).toBe(DETECTOR_CONFIG.PRIOR_RATE_PER_MIN);
  });
});
