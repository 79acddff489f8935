import { LOCAL_MAX_USUAL_SHARE, LOCAL_MIN_EXTRA_REPORTS, LOCAL_MIN_SHARE, LOCAL_MIN_USUAL_REPORTS } from "./config";
import type { Locality } from "./types";

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Shares 0..1 of known countries only: reports whose country could not be told ("") say nothing about place. */
export function toKnownShares(mix: Record<string, number>): Record<string, number> {
  const known = Object.entries(mix).filter(([c]) => c !== "");
  const total = known.reduce((s, [, v]) => s + v, 0);
  return Object.fromEntries(known.map(([c, v]) => [c, total > 0 ? v / total : 0]));
}

/**
 * Is a surge concentrated in one country that usually sends few of the service's reports? The extra reports per
 * country are those above what the usual mix predicts for the usual volume; a global outage adds extra reports in
 * about the usual proportions, a regional or ISP problem adds them in one place.
 */
export function assessLocality({ observed, usualMix, usualTotal, usualSample, windowMinutes }: {
  /** Reports by country over the window ("" = unknown). */
  observed: Record<string, number>;
  /** Usual shares by country, summing to about 1 ("" included). */
  usualMix: Record<string, number>;
  /** Reports usual for this window. */
  usualTotal: number;
  /** Reports the usual mix was learned from. */
  usualSample: number;
  windowMinutes: number;
}): Locality {
  const countries = new Set([...Object.keys(observed), ...Object.keys(usualMix)]);
  const extras: [string, number][] = [];
  let total = 0;
  for (const c of countries) {
    const extra = (observed[c] ?? 0) - (usualMix[c] ?? 0) * usualTotal;
    total += observed[c] ?? 0;
    if (c !== "" && extra > 0) extras.push([c, extra]);
  }
  extras.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const extra = extras.reduce((s, [, v]) => s + v, 0);
  const known = toKnownShares(usualMix);
  const [top, topExtra] = extras[0] ?? [null, 0];
  const share = extra > 0 ? topExtra / extra : 0;
  const usualShare = top ? (known[top] ?? 0) : 0;
  const enough = extra >= LOCAL_MIN_EXTRA_REPORTS && usualSample >= LOCAL_MIN_USUAL_REPORTS;
  const verdict = !enough ? "unknown" : share >= LOCAL_MIN_SHARE && usualShare <= LOCAL_MAX_USUAL_SHARE ? "local" : "spread";
  return {
    verdict,
    country: top,
    share: round(share, 3),
    usualShare: round(usualShare, 3),
    observed: total,
    usual: round(usualTotal, 1),
    extra: round(extra, 1),
    extraByCountry: Object.fromEntries(extras.slice(0, 5).map(([c, v]) => [c, round(v, 1)])),
    windowMinutes,
  };
}
