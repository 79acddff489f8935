import { getTranslator } from "@/lib/i18n/translate";
import { describeChart } from "@/lib/embeds/describe-chart";
import type { EmbedTheme } from "@/lib/embeds/config";
import { DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import { describePeak, describeSpan } from "@/lib/incidents/describe-incident";
import type { IncidentDetail } from "@/lib/incidents/read-incident";
import { pickHighlight } from "@/lib/incidents/pick-highlight";
import { EmbedFrame } from "./embed-frame";
import { BarChartSvg } from "./bar-chart-svg";
import { LocalTime } from "./local-time";

/** The embed of one incident: its frozen chart with the outage shaded, its peak, and where to read more (incident already localized). */
export function IncidentEmbed({ detail: { incident: i, chart }, theme, now, locale, zone = DEFAULT_TIME_ZONE[locale] }: { detail: IncidentDetail; theme: EmbedTheme; now: number; locale: Locale; zone?: string }) {
  const t = getTranslator(locale, "client.embed");
  const tb = getTranslator(locale, "client.buckets");
  const path = localizePath(locale, `/status/${i.service.slug}/incidents/${i.id}`);
  const total = chart.buckets.reduce((s, b) => s + b.count, 0);
  const bucket = tb(chart.bucket);
  const stamp = i.endedAt ?? new Date(now).toISOString();
  return (
    <EmbedFrame
      theme={theme}
      locale={locale}
      slug={i.service.slug}
      name={i.service.name}
      chip={<span className={`chip ${i.open ? "chip-outage" : "chip-ok"}`} data-testid="embed-status">{i.open ? t("ongoing") : t("past")}</span>}
      footer={
        <>
          <a href={path} target="_blank" rel="noopener">{t("details")}</a>
          <span>{i.open ? t("asOf") : t("ended")} <LocalTime iso={stamp} /></span>
        </>
      }
    >
      <p className="embed-summary" data-testid="embed-summary">{`${describeSpan(i, now, locale)}${t("sentenceEnd")}${describePeak(i, locale)}`}</p>
      <figure className="embed-chart" data-testid="report-chart" data-total={total}>
        <div className="embed-chart-box" role="img" aria-label={describeChart(getTranslator(locale, "client.chartText"), locale, zone, i.service.name, chart.buckets, bucket, t("aroundOutage"))}>
          <div className="fill">
            <BarChartSvg buckets={chart.buckets} wide={chart.bucket === "1h"} highlight={pickHighlight(chart, i)} />
          </div>
        </div>
        <figcaption>{t("incidentCaption", { bucket })}</figcaption>
      </figure>
    </EmbedFrame>
  );
}
