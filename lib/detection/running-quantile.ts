/**
 * A running, fading histogram of a positive quantity (here: how far ordinary moments rise above a service's average
 * level), from which a high quantile is read. Bins are log-spaced (0.1 to 1000, 20 per decade: 12% apart); fading
 * gives each new sample a growing weight (rescaled now and then) rather than touching every bin each minute.
 */
export interface RunningHistogram {
  bins: number[];
  /** Samples seen (not faded), to know when the quantile means something. */
  n: number;
  /** Weight of a sample at time `t0`; samples at t weigh exp((t - t0) / memory). */
  t0: number | null;
}

const PER_DECADE = 20;
const LOWEST = 0.1;
const BIN_COUNT = 4 * PER_DECADE + 1;

export function createRunningHistogram(): RunningHistogram {
  return { bins: new Array(BIN_COUNT).fill(0), n: 0, t0: null };
}

function binOf(value: number): number {
  if (value <= LOWEST) return 0;
  return Math.min(BIN_COUNT - 1, 1 + Math.floor(Math.log10(value / LOWEST) * PER_DECADE));
}

/** Upper edge of a bin. */
function edgeOf(bin: number): number {
  return LOWEST * 10 ** (bin / PER_DECADE);
}

export function addSample(h: RunningHistogram, t: number, value: number, memoryMs: number): void {
  if (h.t0 === null) h.t0 = t;
  let weight = Math.exp((t - h.t0) / memoryMs);
  if (weight > 1e12) {
    for (let i = 0; i < h.bins.length; i++) h.bins[i] /= weight;
    h.t0 = t;
    weight = 1;
  }
  h.bins[binOf(value)] += weight;
  h.n++;
}

/** The value at quantile q, or null before `minSamples` samples. */
export function readQuantile(h: RunningHistogram, q: number, minSamples: number): number | null {
  if (h.n < minSamples) return null;
  let total = 0;
  for (const b of h.bins) total += b;
  if (total <= 0) return null;
  // Interpolated within the bin (geometrically, as the bins are).
  let below = 0;
  for (let i = 0; i < h.bins.length; i++) {
    if (below + h.bins[i] >= q * total) {
      if (i === 0) return LOWEST;
      const f = (q * total - below) / h.bins[i];
      return edgeOf(i - 1) * (edgeOf(i) / edgeOf(i - 1)) ** f;
    }
    below += h.bins[i];
  }
  return edgeOf(h.bins.length - 1);
}
