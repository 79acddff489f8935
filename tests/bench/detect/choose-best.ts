/**
 * The bench's rule for the one data-chosen setting: the best standard score on the training series. Ties go to the
 * smaller factor (the more sensitive detector): a missed window costs NAB's standard profile as much as nine false
 * alerts. Never to the default, which was itself chosen with all five series, the held-out one included.
 */
export function chooseBest(grid: readonly number[], scoreAt: (factor: number) => number): number {
  if (grid.length === 0) throw new Error("no candidate factors");
  const ascending = [...grid].sort((a, b) => a - b);
  let factor = ascending[0];
  let best = scoreAt(factor);
  for (const f of ascending) {
    const s = scoreAt(f);
    if (s > best + 1e-9) {
      factor = f;
      best = s;
    }
  }
  return factor;
}
