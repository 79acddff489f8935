"use client";

import { useLocale, useTranslations } from "next-intl";
import { layoutChart } from "@/lib/charts/chart-geometry";
import { formatDateTime, formatTick } from "@/lib/i18n/format-time";
import { formatNumber } from "@/lib/i18n/format-number";
import type { SeriesBucketPoint } from "@/lib/charts/series-point";
import { useReaderZone } from "./use-reader-zone";

const W = 1000;
const H = 300;
const TICKS = 5;

/**
 * Reports per bucket as plain SVG bars with the usual band and level: no chart library, so a widget on
 * someone else's page costs its readers almost no script. Scales to its box; labels are HTML so they never stretch;
 * times in the reader's zone.
 */
/** The vendor incidents that overlap the chart's time range. */
export function visibleSpans<S extends { from: string; to: string | null }>(buckets: SeriesBucketPoint[], spans: readonly S[]): S[] {
  if (buckets.length < 2) return [];
  const step = Date.parse(buckets[1].t) - Date.parse(buckets[0].t);
  const start = Date.parse(buckets[0].t);
  const end = Date.parse(buckets[buckets.length - 1].t) + step;
  return spans.filter((s) => Date.parse(s.from) < end && (s.to === null || Date.parse(s.to) > start));
}

/** x and width of a time span on a chart of these buckets (clipped to it). */
function spanGeometry(buckets: SeriesBucketPoint[], from: string, to: string | null): { x: number; w: number } {
  const step = Date.parse(buckets[1].t) - Date.parse(buckets[0].t);
  const start = Date.parse(buckets[0].t);
  const end = Date.parse(buckets[buckets.length - 1].t) + step;
  const x = (t: number) => (Math.min(Math.max(t, start), end) - start) / (end - start) * W;
  const x0 = x(Date.parse(from));
  return { x: x0, w: Math.max(2, x(to === null ? end : Date.parse(to)) - x0) };
}

export function BarChartSvg({ buckets, wide, highlight, officialSpans = [] }: { buckets: SeriesBucketPoint[]; wide: boolean; highlight?: { from: string; to: string }; officialSpans?: { from: string; to: string | null; name: string }[] }) {
  const t = useTranslations("client.chart");
  const locale = useLocale();
  const zone = useReaderZone();
  const g = layoutChart(buckets, W, H, highlight);
  const ticks = buckets.length ? Array.from({ length: TICKS }, (_, i) => buckets[Math.round((i * (buckets.length - 1)) / (TICKS - 1))].t) : [];
  return (
    <div className="bars-chart">
      <div className="bars-y" aria-hidden="true">
        <span>{formatNumber(locale, g.max, 1)}</span>
        <span>{formatNumber(locale, g.max / 2, 1)}</span>
        <span>0</span>
      </div>
      <div className="bars-plot">
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <line className="grid" x1="0" x2={W} y1="0.5" y2="0.5" />
          <line className="grid" x1="0" x2={W} y1={H / 2} y2={H / 2} />
          <line className="grid" x1="0" x2={W} y1={H - 0.5} y2={H - 0.5} />
          {g.highlight && <rect className="span" x={g.highlight.x} y="0" width={g.highlight.w} height={H} />}
          {g.band && <polygon className="band" points={g.band} />}
          {g.bars.map((b, i) => (
            <rect key={buckets[i].t} className="bar" x={b.x} y={b.y} width={b.w} height={b.h}>
              <title>
                {buckets[i].expected === undefined
                  ? t("barTitle", { time: formatDateTime(locale, buckets[i].t, zone), count: buckets[i].count })
                  : t("barTitleUsual", { time: formatDateTime(locale, buckets[i].t, zone), count: buckets[i].count, usual: Math.round(buckets[i].expected!) })}
              </title>
            </rect>
          ))}
          {g.expected && <polyline className="expected" points={g.expected} />}
          {officialSpans.map((s, i) => {
            const { x, w } = spanGeometry(buckets, s.from, s.to);
            return <rect key={i} className="official-span" x={x} y="0" width={w} height="8"><title>{t("officialSpanTitle", { name: s.name })}</title></rect>;
          })}
        </svg>
        <div className="bars-x" aria-hidden="true">
          {ticks.map((tick, i) => <span key={i}>{formatTick(locale, tick, zone, wide)}</span>)}
        </div>
      </div>
    </div>
  );
}
