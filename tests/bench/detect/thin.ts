import { createRandom } from "../../../lib/demo/prng";

/**
 * Binomial thinning: each report is kept with probability `keep`, as if the same events had happened to a service
 * `keep` times as popular. Labels stay valid (the events are the same), so scoring a thinned series asks whether
 * the detector's verdicts hinge on the volume of the series it was developed on. `keep` may also be a share per
 * row (a function of the row's index): the same events on a service whose popularity changes over the series.
 */
export function thinCounts(counts: readonly number[], keep: number | ((row: number) => number), seed: number): number[] {
  const check = (share: number, where = "") => {
    if (!(share > 0 && share <= 1)) throw new Error(`keep must be in (0, 1], got ${share}${where}`);
    return share;
  };
  // A fixed share is checked once, before any row; a share per row as each row is thinned.
  let shareAt: (row: number) => number;
  if (typeof keep === "number") {
    const share = check(keep);
    shareAt = () => share;
  } else shareAt = (row) => check(keep(row), ` at row ${row}`);
  const random = createRandom(seed);
  return counts.map((n, row) => {
    const share = shareAt(row);
    let kept = 0;
    for (let i = 0; i < Math.round(n); i++) if (random() < share) kept++;
    return kept;
  });
}

/**
 * Popularity that changes over a series, as a share of its final (or first) volume at relative position x in
 * [0, 1): a service that triples over the two months, one that falls to a third, and one whose volume steps up or
 * down 2.5-fold halfway (a launch, a lost market). Thinning only lowers volume, so growth is the series thinned
 * most at its start.
 */
export const VOLUME_CHANGES: readonly { name: string; share: (x: number) => number }[] = [
  { name: "grows 3x", share: (x) => 1 / 3 + (2 / 3) * x },
  { name: "falls to a third", share: (x) => 1 - (2 / 3) * x },
  { name: "steps up 2.5x halfway", share: (x) => (x < 0.5 ? 0.4 : 1) },
  { name: "steps down 2.5x halfway", share: (x) => (x < 0.5 ? 1 : 0.4) },
];
