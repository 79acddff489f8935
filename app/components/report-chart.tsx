import type { SeriesBucketPoint } from "@/lib/charts/series-point";
import type { OfficialSpan } from "@/lib/official-status/read-official";
import { BarChartSvg, visibleSpans } from "./bar-chart-svg";

export interface ChartHighlight {
  /** ISO bucket starts of the first and last highlighted bucket (an incident's span). */
  from: string;
  to: string;
}

/**
 * Reports per bucket as bars, with the same numbers as a table for screen readers and no-JS readers. Plain SVG
 * (the widget's chart): a chart library cost the service page about 130 KB of script and most of its blocking time.
 */
export function ReportChart({ buckets, name, bucketLabel, rangeLabel, highlight, officialSpans = [] }: { buckets: SeriesBucketPoint[]; name: string; bucketLabel: string; rangeLabel: string; highlight?: ChartHighlight; officialSpans?: OfficialSpan[] }) {
  const shown = visibleSpans(buckets, officialSpans);
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const hasBand = buckets.some((b) => b.expected !== undefined);
  const last = buckets[buckets.length - 1]?.count ?? 0;
  return (
    <figure style={{ margin: 0 }} data-testid="report-chart" data-total={total} data-last={last}>
      <div className="chart-box">
        <BarChartSvg buckets={buckets} wide={bucketLabel === "hour"} highlight={highlight} officialSpans={shown} />
      </div>
      <figcaption className="muted small">
        {`Reports about ${name} per ${bucketLabel}, ${rangeLabel} (UTC).${hasBand ? " The dashed line is the usual level for that time of day and week; the shaded band is the range ordinary ups and downs stay inside." : ""} A report count is not the number of people affected.`}
        {shown.length > 0 && (
          <span data-testid="official-spans">
            {` The strip along the top marks ${name}'s own incidents: ${shown.map((s) => `${s.name} (${s.from.slice(11, 16)}–${s.to ? s.to.slice(11, 16) : "ongoing"} UTC)`).join("; ")}.`}
          </span>
        )}
      </figcaption>
      <details>
        <summary className="small">Chart data as a table</summary>
        <table>
          <thead>
            <tr><th scope="col">Time (UTC)</th><th scope="col" className="num">Reports</th><th scope="col" className="num">Expected</th></tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.t}><td>{b.t.slice(0, 16).replace("T", " ")}</td><td className="num">{b.count}</td><td className="num">{b.expected ?? "–"}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
