import { createRandom } from "../../../lib/demo/prng";

/**
 * Binomial thinning: each report is kept with probability `keep`, as if the same events had happened to a service
 * `keep` times as popular. Labels stay valid (the events are the same), so scoring a thinned series asks whether
 * the detector's verdicts hinge on the volume of the series it was developed on.
 */
export function thinCounts(counts: readonly number[], keep: number, seed: number): number[] {
  if (!(keep > 0 && keep <= 1)) throw new Error(`keep must be in (0, 1], got ${keep}`);
  const random = createRandom(seed);
  return counts.map((n) => {
    let kept = 0;
    for (let i = 0; i < Math.round(n); i++) if (random() < keep) kept++;
    return kept;
  });
}
