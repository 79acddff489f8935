import { createRandom, sampleGammaMeanOne, samplePoisson } from "../../../lib/demo/prng";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Monday 2026-01-05 00:00 UTC. */
export const START = Date.UTC(2026, 0, 5);

export interface SeriesSpec {
  /** Mean reports per minute at the daily peak on a weekday. */
  peakPerMin: number;
  days: number;
  seed: number;
  /** Multiplier on the rate at minute t (surges, waves). */
  lift?: (t: number) => number;
  /** Gamma shape of the per-minute noise (smaller is burstier); an hourly drift (shape 30) comes on top. */
  noiseShape?: number;
  /** Gamma shape of the hourly drift (default 30); a huge value turns the drift off. */
  driftShape?: number;
}

/** Per-minute counts with a daily rhythm, quieter weekends and overdispersed (gamma-Poisson) noise: a slow hourly drift times per-minute bursts. */
export function makeSeries(spec: SeriesSpec): { t: number; count: number }[] {
  const out: { t: number; count: number }[] = [];
  let drift = 1;
  for (let t = START; t < START + spec.days * DAY; t += MIN) {
    // A generator per minute: the same seed gives the same noise whatever lift other minutes get.
    const minute = (t - START) / MIN;
    const random = createRandom(Math.imul(spec.seed, 2654435761) ^ minute);
    if (minute % 60 === 0) drift = sampleGammaMeanOne(createRandom(spec.seed * 7919 + minute), spec.driftShape ?? 30);
    const noise = drift * sampleGammaMeanOne(random, spec.noiseShape ?? 4);
    const hour = ((t % DAY) / HOUR);
    const daily = 0.3 + 0.7 * Math.sin((Math.PI * (hour - 4)) / 24) ** 2;
    const dow = new Date(t).getUTCDay();
    const weekly = dow === 0 || dow === 6 ? 0.7 : 1;
    const rate = spec.peakPerMin * daily * weekly * noise * (spec.lift?.(t) ?? 1);
    out.push({ t, count: samplePoisson(random, rate) });
  }
  return out;
}

/** Usual rate (no lift, no noise) at t, for "crossing 3x normal". */
export function normalRate(peakPerMin: number, t: number): number {
  const hour = (t % DAY) / HOUR;
  const dow = new Date(t).getUTCDay();
  return peakPerMin * (0.3 + 0.7 * Math.sin((Math.PI * (hour - 4)) / 24) ** 2) * (dow === 0 || dow === 6 ? 0.7 : 1);
}
