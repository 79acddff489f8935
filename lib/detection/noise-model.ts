/**
 * How much a window's report count scatters around its expectation E when nothing is wrong:
 *
 *   variance = E * (1 + cluster) + spread * E^2
 *
 * `cluster` is extra scatter at low counts (reports that come in small clumps: a household, a shared post),
 * `spread` the day-to-day wobble of the level itself that dominates at high counts (a busy evening, a quiet
 * holiday). Poisson is cluster = spread = 0. Both are learned per service and per window from calm windows by
 * weighted least squares of the excess variance (quasi-likelihood, as outbreak detectors in public health do),
 * with old windows fading over NOISE_MEMORY_MS.
 */
export interface NoiseModel {
  /** Decayed sums for the regression of z = ((O-E)^2 - E)/E on E. */
  w: number;
  we: number;
  wee: number;
  wz: number;
  wez: number;
  cluster: number;
  spread: number;
}

/** Counts are never assumed calmer than a 5% day-to-day wobble: a baseline is never exact. */
const MIN_SPREAD = 0.0025;
/** Before any evidence: a 30% wobble and clumps of two (cautious, so a young service does not cry wolf). */
const START_SPREAD = 0.09;
const START_CLUSTER = 1;
/** One sample's squared deviation is clipped at this many standard deviations (a surge must not teach that surges are noise). */
const CLIP_SD = 4;

export function createNoiseModel(): NoiseModel {
  return { w: 0, we: 0, wee: 0, wz: 0, wez: 0, cluster: START_CLUSTER, spread: START_SPREAD };
}

export function readVariance(model: NoiseModel, expected: number): number {
  return expected * (1 + model.cluster) + model.spread * expected * expected;
}

/**
 * Learns from one calm window (observed O against expected E). `decay` is the per-bucket fading factor.
 * Samples are weighted by their information: a window expecting 0.1 reports says almost nothing.
 */
export function learnNoise(model: NoiseModel, observed: number, expected: number, decay: number): void {
  if (expected < 0.05) return;
  const variance = readVariance(model, expected);
  const deviation = Math.max(-CLIP_SD, Math.min(CLIP_SD, (observed - expected) / Math.sqrt(variance))) * Math.sqrt(variance);
  const z = (deviation * deviation - expected) / expected;
  // z has a variance of about 2 (variance / E)^2: weight each sample by its inverse.
  const weight = Math.min(1, expected) / (2 * (variance / expected) ** 2);
  model.w = model.w * decay + weight;
  model.we = model.we * decay + weight * expected;
  model.wee = model.wee * decay + weight * expected * expected;
  model.wz = model.wz * decay + weight * z;
  model.wez = model.wez * decay + weight * expected * z;
  fit(model);
}

/** Solves z = cluster + spread * E by weighted least squares, both non-negative, shrunk toward the start values while evidence is thin. */
function fit(m: NoiseModel): void {
  // Two pseudo-samples (at E = 1 and E = 30) carry the start values, so one early window cannot swing the model.
  const p = 0.5;
  const z1 = START_CLUSTER + START_SPREAD;
  const z30 = START_CLUSTER + 30 * START_SPREAD;
  const w = m.w + 2 * p;
  const we = m.we + p * 31;
  const wee = m.wee + p * 901;
  const wz = m.wz + p * (z1 + z30);
  const wez = m.wez + p * (z1 + 30 * z30);
  const det = w * wee - we * we;
  let spread = det > 1e-9 ? (w * wez - we * wz) / det : MIN_SPREAD;
  let cluster = (wz - spread * we) / w;
  if (cluster < 0) {
    cluster = 0;
    spread = wez / wee;
  }
  if (spread < MIN_SPREAD) {
    spread = MIN_SPREAD;
    cluster = Math.max(0, (wz - spread * we) / w);
  }
  m.cluster = cluster;
  m.spread = spread;
}
