import { describeChart } from "@/lib/embeds/describe-chart";
import type { EmbedTheme } from "@/lib/embeds/config";
import { PEAK_WINDOW_MINUTES } from "@/lib/incidents/config";
import { describeSpan } from "@/lib/incidents/describe-incident";
import type { IncidentDetail } from "@/lib/incidents/read-incident";
import { pickHighlight } from "@/lib/incidents/pick-highlight";
import { EmbedFrame, formatStamp } from "./embed-frame";
import { BarChartSvg } from "./bar-chart-svg";

const BUCKET_WORDS = { "5m": "5 minutes", "15m": "15 minutes", "1h": "hour", "1m": "minute" } as const;

/** The embed of one incident: its frozen chart with the outage shaded, its peak, and where to read more. */
export function IncidentEmbed({ detail: { incident: i, chart }, theme, now }: { detail: IncidentDetail; theme: EmbedTheme; now: number }) {
  const path = `/status/${i.service.slug}/incidents/${i.id}`;
  const total = chart.buckets.reduce((s, b) => s + b.count, 0);
  return (
    <EmbedFrame
      theme={theme}
      slug={i.service.slug}
      name={i.service.name}
      chip={<span className={`chip ${i.open ? "chip-outage" : "chip-ok"}`} data-testid="embed-status">{i.open ? "Ongoing outage" : "Past outage"}</span>}
      footer={
        <>
          <a href={path} target="_blank" rel="noopener">Details</a>
          <span>{i.open ? "As of " : "Ended "}<time dateTime={i.endedAt ?? new Date(now).toISOString()}>{formatStamp(i.endedAt ?? new Date(now).toISOString())}</time></span>
        </>
      }
    >
      <p className="embed-summary" data-testid="embed-summary">
        {`${describeSpan(i, now)}. Peak ${i.peakAt.slice(11, 16)} UTC: ${i.peakReports.toLocaleString("en")} reports in ${PEAK_WINDOW_MINUTES} min, ~${Math.round(i.peakExpected).toLocaleString("en")} expected.`}
      </p>
      <figure className="embed-chart" data-testid="report-chart" data-total={total}>
        <div className="embed-chart-box" role="img" aria-label={describeChart(i.service.name, chart.buckets, BUCKET_WORDS[chart.bucket], "around the outage")}>
          <div className="fill">
            <BarChartSvg buckets={chart.buckets} wide={chart.bucket === "1h"} highlight={pickHighlight(chart, i)} />
          </div>
        </div>
        <figcaption>
          Reports per {BUCKET_WORDS[chart.bucket]}, UTC; shaded: the outage; dashed line and band: the usual level. Reports are
          not the number of people affected.
        </figcaption>
      </figure>
    </EmbedFrame>
  );
}
