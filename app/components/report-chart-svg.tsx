"use client";

import { Area, Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, formatTick } from "@/lib/i18n/format-time";
import type { SeriesBucketPoint } from "@/lib/reports/read-series";
import { useReaderZone } from "./use-reader-zone";

export interface ChartHighlight {
  /** ISO bucket starts of the first and last highlighted bucket (an incident's span). */
  from: string;
  to: string;
}

/**
 * Reports per bucket as bars, with the expected level (dashed) and the band ordinary noise stays inside
 * (shaded), times in the reader's zone. Purely visual: callers give it a text or table alternative.
 */
export function ReportChartSvg({ buckets, wide, highlight, height }: { buckets: SeriesBucketPoint[]; wide: boolean; highlight?: ChartHighlight; height: number }) {
  const t = useTranslations("client.chart");
  const locale = useLocale();
  const zone = useReaderZone();
  const hasBand = buckets.some((b) => b.expected !== undefined);
  // recharts draws a band from a [low, high] pair per point.
  const data = buckets.map((b) => ({ ...b, band: b.low !== undefined ? [b.low, b.high] : undefined }));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--line)" />
        <XAxis dataKey="t" tickFormatter={(v) => formatTick(locale, String(v), zone, wide)} minTickGap={28} tick={{ fontSize: 12, fill: "var(--muted)" }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "var(--muted)" }} />
        <Tooltip
          labelFormatter={(v) => formatDateTime(locale, String(v), zone)}
          formatter={(v, key) => (key === "band" && Array.isArray(v) ? [`${v[0]}–${v[1]}`, t("usualRange")] : [v, key === "expected" ? t("tipExpected") : t("tipReports")])}
          contentStyle={{ background: "var(--card)", border: "1px solid var(--line)" }}
        />
        {highlight && <ReferenceArea x1={highlight.from} x2={highlight.to} fill="var(--accent)" fillOpacity={0.08} ifOverflow="extendDomain" />}
        {hasBand && <Area dataKey="band" stroke="none" fill="var(--band)" isAnimationActive={false} />}
        <Bar dataKey="count" fill="var(--bar)" isAnimationActive={false} />
        {hasBand && <Line dataKey="expected" stroke="var(--muted)" strokeDasharray="4 3" dot={false} isAnimationActive={false} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
