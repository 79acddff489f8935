"use client";

import { useCallback, useState } from "react";
import { EMBED_POLL_MS, EMBED_RANGES, type EmbedRange, type EmbedTheme } from "@/lib/embeds/config";
import type { EmbedData } from "@/lib/embeds/read-embed";
import { describeChart } from "@/lib/embeds/describe-chart";
import { EmbedFrame, formatStamp, StatusChip } from "./embed-frame";
import { BarChartSvg } from "./bar-chart-svg";
import { usePolledJson } from "./use-polled-json";

/** The live widget: status, chart with the usual band, and the words a reader needs to read it right. */
export function EmbedWidget({ initial, range, theme }: { initial: EmbedData; range: EmbedRange; theme: EmbedTheme }) {
  const slug = initial.detail.service.slug;
  const r = EMBED_RANGES[range];
  const [at, setAt] = useState(initial.at);
  const onFresh = useCallback(() => setAt(new Date().toISOString()), []);
  const series = usePolledJson(`/api/v1/services/${slug}/series?range=${r.query.range}&bucket=${r.query.bucket}`, initial.series, EMBED_POLL_MS, undefined, onFresh);
  const detail = usePolledJson(`/api/v1/services/${slug}`, initial.detail, EMBED_POLL_MS);
  const name = detail.service.name;
  const total = series.buckets.reduce((s, b) => s + b.count, 0);
  return (
    <EmbedFrame
      theme={theme}
      slug={slug}
      name={name}
      chip={<StatusChip status={detail.status?.status ?? null} />}
      footer={
        <>
          <a href={`/status/${slug}#report`} target="_blank" rel="noopener">Report a problem</a>
          <span>Updated <time dateTime={at} data-testid="embed-updated">{formatStamp(at)}</time></span>
        </>
      }
    >
      <p className="embed-summary" data-testid="embed-summary">{detail.summary}</p>
      {detail.officialSummary && <p className="embed-summary small" data-testid="embed-official">{detail.officialSummary}</p>}
      <figure className="embed-chart" data-testid="report-chart" data-total={total}>
        <div className="embed-chart-box" role="img" aria-label={describeChart(name, series.buckets, r.bucketLabel, r.label)}>
          <div className="fill">
            <BarChartSvg buckets={series.buckets} wide={range === "7d"} />
          </div>
        </div>
        <figcaption>
          Reports per {r.bucketLabel}, {r.label}, UTC; dashed line and band: the usual level. Reports are not the
          number of people affected.
        </figcaption>
      </figure>
    </EmbedFrame>
  );
}
