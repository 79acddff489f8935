import { createRandom } from "../../../lib/demo/prng";

/** One series' share of a NAB standard score: its raw score and how many windows it has. */
export interface SeriesScore {
  raw: number;
  windows: number;
}

/** NAB's normalised standard score of several series together (a missed window -1, a perfect one +1). */
export function standardScore(series: readonly SeriesScore[]): number {
  const windows = series.reduce((a, s) => a + s.windows, 0);
  const raw = series.reduce((a, s) => a + s.raw, 0);
  return (100 * (raw + windows)) / (2 * windows);
}

/**
 * How much the score depends on which series were drawn: resample the series with replacement (as if five other
 * series of the same kind had been drawn), score each resample, and return the middle 90% of those scores. With
 * five series this is rough, but it says how far five unseen series may land from the cross-validated figure.
 */
export function bootstrapStandard(series: readonly SeriesScore[], resamples: number, seed: number): { low: number; high: number } {
  const random = createRandom(seed);
  const scores: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const pick = series.map(() => series[Math.floor(random() * series.length)]);
    if (pick.every((s) => s.windows === 0)) continue;
    scores.push(standardScore(pick));
  }
  scores.sort((a, b) => a - b);
  const at = (q: number) => scores[Math.min(scores.length - 1, Math.floor(q * scores.length))];
  return { low: at(0.05), high: at(0.95) };
}
