"use client";

import { Area, Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesBucketPoint } from "@/lib/reports/read-series";

const formatTime = (iso: string) => iso.slice(11, 16);
const formatDay = (iso: string) => `${iso.slice(5, 10)} ${iso.slice(11, 13)}h`;

/** Reports per bucket as bars, with the same numbers as a table for screen readers and no-JS readers. */
export function ReportChart({ buckets, name, bucketLabel, rangeLabel }: { buckets: SeriesBucketPoint[]; name: string; bucketLabel: string; rangeLabel: string }) {
  const tick = bucketLabel === "hour" ? formatDay : formatTime;
  const total = buckets.reduce((s, b) => s + b.count, 0);
  const hasBand = buckets.some((b) => b.expected !== undefined);
  // recharts draws a band from a [low, high] pair per point.
  const data = buckets.map((b) => ({ ...b, band: b.low !== undefined ? [b.low, b.high] : undefined }));
  const last = buckets[buckets.length - 1]?.count ?? 0;
  return (
    <figure style={{ margin: 0 }} data-testid="report-chart" data-total={total} data-last={last}>
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 260 }}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke="var(--line)" />
            <XAxis dataKey="t" tickFormatter={tick} minTickGap={28} tick={{ fontSize: 12, fill: "var(--muted)" }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "var(--muted)" }} />
            <Tooltip
              labelFormatter={(t) => `${String(t).slice(0, 10)} ${formatTime(String(t))} UTC`}
              formatter={(v, key) => (key === "band" && Array.isArray(v) ? [`${v[0]}–${v[1]}`, "usual range"] : [v, key === "expected" ? "expected" : "reports"])}
              contentStyle={{ background: "var(--card)", border: "1px solid var(--line)" }}
            />
            {hasBand && <Area dataKey="band" stroke="none" fill="var(--band)" isAnimationActive={false} />}
            <Bar dataKey="count" fill="var(--bar)" isAnimationActive={false} />
            {hasBand && <Line dataKey="expected" stroke="var(--muted)" strokeDasharray="4 3" dot={false} isAnimationActive={false} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small">
        {`Reports about ${name} per ${bucketLabel}, last ${rangeLabel} (UTC).${hasBand ? " The dashed line is the usual level for that time of day and week; the shaded band is the range ordinary ups and downs stay inside." : ""} A report count is not the number of people affected.`}
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
