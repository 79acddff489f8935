import { COINCIDENCE_P, INCIDENT_RATE_FLOOR_PER_SERVICE_DAY, JOIN_WINDOW_MS } from "./config";

/** P(X >= k) for X ~ Poisson(lambda). */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  let term = Math.exp(-lambda);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}

/**
 * Incident starts expected by chance within JOIN_WINDOW_MS either side of any one start, across the catalog: the
 * observed rate, but never below the floor rate for this many services (a young database has seen too few).
 */
export function expectChanceStarts({ incidents, days, services }: { incidents: number; days: number; services: number }): number {
  const perMinute = Math.max(incidents / (days * 1440), (services * INCIDENT_RATE_FLOOR_PER_SERVICE_DAY) / 1440);
  return perMinute * ((2 * JOIN_WINDOW_MS) / 60_000);
}

/** `n` incidents starting together is too many for chance when as many others around one start would be rarer than COINCIDENCE_P. */
export function isBeyondChance(n: number, expected: number): boolean {
  return n >= 2 && poissonTail(n - 1, expected) < COINCIDENCE_P;
}
