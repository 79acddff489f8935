import type { SeriesBucketPoint } from "./series-point";

export interface ChartGeometry {
  bars: { x: number; y: number; w: number; h: number }[];
  /** SVG polygon points of the usual band, and polyline points of the expected level ("" when unknown). */
  band: string;
  expected: string;
  /** The y-axis top, a round number at or above every value drawn (pickAxisTop). */
  max: number;
  /** x range of the highlighted buckets, if any. */
  highlight: { x: number; w: number } | null;
}

/** Halves of the axis top per decade: the top and its midline (both labelled) stay round whole numbers. */
const NICE_HALVES = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10];

/**
 * The y-axis top for data peaking at `v`: twice the smallest round whole number at or above v / 2, so the axis
 * reads 0, h, 2h and the tallest value fills two thirds or more of it (from 10 up; 110 tops at 120, not 200).
 */
export function pickAxisTop(v: number): number {
  const half = Math.max(1, v / 2);
  const p = 10 ** Math.floor(Math.log10(half));
  const h = NICE_HALVES.map((m) => m * p).find((c) => c >= half && Number.isInteger(c))!;
  return 2 * h;
}

/** Bars, band and expected line for a chart drawn without a chart library (share images render to PNG on the server). */
export function layoutChart(buckets: readonly SeriesBucketPoint[], width: number, height: number, highlight?: { from: string; to: string }): ChartGeometry {
  const n = Math.max(1, buckets.length);
  const max = pickAxisTop(Math.max(0, ...buckets.map((b) => Math.max(b.count, b.high ?? 0))));
  const step = width / n;
  const y = (v: number) => height - (v / max) * height;
  const bars = buckets.map((b, i) => ({ x: i * step + step * 0.1, y: y(b.count), w: Math.max(1, step * 0.8), h: height - y(b.count) }));
  const mid = (i: number) => (i * step + step / 2).toFixed(1);
  const withBand = buckets.map((b, i) => ({ b, i })).filter(({ b }) => b.expected !== undefined);
  const band = withBand.length
    ? [...withBand.map(({ b, i }) => `${mid(i)},${y(b.high!).toFixed(1)}`), ...withBand.reverse().map(({ b, i }) => `${mid(i)},${y(b.low!).toFixed(1)}`)].join(" ")
    : "";
  const expected = buckets.map((b, i) => (b.expected === undefined ? null : `${mid(i)},${y(b.expected).toFixed(1)}`)).filter(Boolean).join(" ");
  let span: ChartGeometry["highlight"] = null;
  if (highlight) {
    const first = buckets.findIndex((b) => b.t >= highlight.from);
    const last = buckets.map((b) => b.t <= highlight.to).lastIndexOf(true);
    if (first >= 0 && last >= first) span = { x: first * step, w: (last - first + 1) * step };
  }
  return { bars, band, expected, max, highlight: span };
}
