/** Log-gamma (Lanczos, g = 7): enough precision for tail probabilities down to 1e-300. */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/**
 * P(X >= observed) for a negative-binomial count with this mean and variance mean + dispersion * mean^2:
 * report counts are overdispersed, so a Poisson tail would cry wolf on every busy evening.
 */
export function computeTailProbability(observed: number, mean: number, dispersion: number): number {
  if (observed <= 0) return 1;
  if (mean <= 0) return 0;
  const r = 1 / Math.max(dispersion, 1e-9);
  const p = r / (r + mean);
  // P(X >= k) = I_{1-p}(k, r) for NB(r, p) counting failures.
  return Math.min(1, Math.max(0, incompleteBeta(1 - p, observed, r)));
}

/**
 * -log10 P(X >= observed) for a count with this mean and variance (negative binomial; Poisson when the variance
 * is no larger than the mean), computed in log space so a flood of reports reads as strong evidence rather
 * than as a probability that underflowed to 0. 0 = no evidence at all.
 */
export function computeEvidence(observed: number, mean: number, variance: number): number {
  if (observed <= 0 || observed <= mean) return 0;
  if (mean <= 0) return 300;
  const r = mean * mean / Math.max(variance - mean, mean * 1e-9);
  const x = mean / (r + mean);
  const a = observed;
  const b = r;
  if (x < (a + 1) / (a + b + 2)) {
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
    const log10p = (logFront + Math.log(betaFraction(a, b, x)) - Math.log(a)) / Math.LN10;
    return Math.min(300, Math.max(0, -log10p));
  }
  const p = incompleteBeta(x, a, b);
  return Math.min(300, Math.max(0, -Math.log10(Math.max(p, 1e-300))));
}
