import { useLocale, useTranslations } from "next-intl";
import { EMBED_RANGES, type EmbedRange, type EmbedTheme } from "@/lib/embeds/config";
import type { EmbedData } from "@/lib/embeds/read-embed";
import { describeChart } from "@/lib/embeds/describe-chart";
import { nameTimeZone } from "@/lib/i18n/format-time";
import { localizePath } from "@/lib/i18n/paths";
import { EmbedFrame } from "./embed-frame";
import { StatusChip } from "./status-chip";
import { BarChartSvg } from "./bar-chart-svg";
import { LocalTime } from "./local-time";
import { useReaderZone } from "./use-reader-zone";

/**
 * The live widget: status, chart with the usual band, and the words a reader needs to read it right, in the embed's
 * language and the zone its provider names. Rendered on the server only (app/embed/render-widget.tsx); the page's
 * small script fetches it again to stay live.
 */
export function EmbedWidget({ data, displayName, range, theme }: { data: EmbedData; displayName: string; range: EmbedRange; theme: EmbedTheme }) {
  const t = useTranslations("client.embed");
  const tc = useTranslations("client.chartText");
  const tr = useTranslations("client.ranges");
  const tb = useTranslations("client.buckets");
  const locale = useLocale();
  const zone = useReaderZone();
  const slug = data.detail.service.slug;
  const r = EMBED_RANGES[range];
  const { at, series, detail } = data;
  const total = series.buckets.reduce((s, b) => s + b.count, 0);
  const bucket = tb(r.query.bucket);
  const rangeLabel = tr(`last_${range}`);
  return (
    <EmbedFrame
      theme={theme}
      locale={locale}
      slug={slug}
      name={displayName}
      chip={<StatusChip status={detail.status?.status ?? null} />}
      footer={
        <>
          <a href={`${localizePath(locale, `/status/${slug}`)}#report`} target="_blank" rel="noopener">{t("report")}</a>
          <span>{t("updated")} <LocalTime iso={at} testId="embed-updated" /></span>
        </>
      }
    >
      <p className="embed-summary" data-testid="embed-summary">{detail.summary}</p>
      {detail.officialSummary && <p className="embed-summary small" data-testid="embed-official">{detail.officialSummary}</p>}
      <figure className="embed-chart" data-testid="report-chart" data-total={total}>
        <div className="embed-chart-box" role="img" aria-label={describeChart(tc, locale, zone, displayName, series.buckets, bucket, rangeLabel)}>
          <div className="fill">
            <BarChartSvg buckets={series.buckets} wide={range === "7d"} />
          </div>
        </div>
        <figcaption>{t("caption", { bucket, range: rangeLabel, zone: nameTimeZone(locale, zone, at) })}</figcaption>
      </figure>
    </EmbedFrame>
  );
}
