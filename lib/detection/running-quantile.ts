/**
 * One day's histogram of a positive quantity (here: how far a service's 15-minute count rises above its average
 * level), from which that day's high quantile is read. Bins are log-spaced (0.1 to 1000, 20 per decade: 12% apart),
 * so the state stays small whatever the bucket width.
 */
const PER_DECADE = 20;
const LOWEST = 0.1;
const BIN_COUNT = 4 * PER_DECADE + 1;

export function createDayHistogram(): number[] {
  return new Array(BIN_COUNT).fill(0);
}

function binOf(value: number): number {
  if (value <= LOWEST) return 0;
  return Math.min(BIN_COUNT - 1, 1 + Math.floor(Math.log10(value / LOWEST) * PER_DECADE));
}

/** Upper edge of a bin. */
function edgeOf(bin: number): number {
  return LOWEST * 10 ** (bin / PER_DECADE);
}

export function addSample(bins: number[], value: number): void {
  bins[binOf(value)]++;
}

/** The value at quantile q (interpolated geometrically within its bin), or null for an empty histogram. */
export function readQuantile(bins: readonly number[], q: number): number | null {
  let total = 0;
  for (const b of bins) total += b;
  if (total <= 0) return null;
  let below = 0;
  for (let i = 0; i < bins.length; i++) {
    if (below + bins[i] >= q * total) {
      if (i === 0) return LOWEST;
      const f = (q * total - below) / bins[i];
      return edgeOf(i - 1) * (edgeOf(i) / edgeOf(i - 1)) ** f;
    }
    below += bins[i];
  }
  return edgeOf(bins.length - 1);
}
