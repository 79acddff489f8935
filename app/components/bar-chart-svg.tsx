import { layoutChart } from "@/lib/charts/chart-geometry";
import type { SeriesBucketPoint } from "@/lib/charts/series-point";

const W = 1000;
const H = 300;
const TICKS = 5;

const tickLabel = (iso: string, wide: boolean) => (wide ? `${iso.slice(5, 10)} ${iso.slice(11, 13)}h` : iso.slice(11, 16));

/**
 * Reports per bucket as plain SVG bars with the usual band and level: no chart library, so a widget on
 * someone else's page costs its readers almost no script. Scales to its box; labels are HTML so they never stretch.
 */
export function BarChartSvg({ buckets, wide, highlight }: { buckets: SeriesBucketPoint[]; wide: boolean; highlight?: { from: string; to: string } }) {
  const g = layoutChart(buckets, W, H, highlight);
  const ticks = buckets.length ? Array.from({ length: TICKS }, (_, i) => buckets[Math.round((i * (buckets.length - 1)) / (TICKS - 1))].t) : [];
  return (
    <div className="bars-chart">
      <div className="bars-y" aria-hidden="true">
        <span>{g.max.toLocaleString("en")}</span>
        <span>{(g.max / 2).toLocaleString("en")}</span>
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
              <title>{`${buckets[i].t.slice(0, 16).replace("T", " ")} UTC: ${buckets[i].count} reports${buckets[i].expected !== undefined ? `, usually ~${Math.round(buckets[i].expected!)}` : ""}`}</title>
            </rect>
          ))}
          {g.expected && <polyline className="expected" points={g.expected} />}
        </svg>
        <div className="bars-x" aria-hidden="true">
          {ticks.map((t, i) => <span key={i}>{tickLabel(t, wide)}</span>)}
        </div>
      </div>
    </div>
  );
}
