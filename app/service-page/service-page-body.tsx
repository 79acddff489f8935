import { useLocale, useTranslations } from "next-intl";
import { labelCategory } from "@/lib/catalog/categories";
import { listCountries } from "@/lib/catalog/countries";
import { nameIn } from "@/lib/catalog/read-catalog";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { zoneOffsetMinutes } from "@/lib/i18n/format-time";
import { joinPlain } from "@/lib/i18n/join-list";
import { localizePath } from "@/lib/i18n/paths";
import { EmbedPanel } from "@/app/components/embed-panel";
import { Monogram } from "@/app/components/monogram";
import { ReportForm } from "@/app/components/report-form";
import { liveParts } from "./live-parts";
import { NotifyControl } from "./notify-control";
import type { ServiceQuery, ServiceView } from "./read-service-view";

/** How often the page's script asks for the live parts while the tab is shown. */
export const POLL_MS = 30_000;

/** The page's zone's offsets now and at the start of the longest chart: the script compares the browser's with them. */
const drawnOffsets = (zone: string, now: number) => [now, now - 7 * 86_400_000].map((t) => zoneOffsetMinutes(zone, t)).join(",");

/**
 * A service's page: who it is, the verdict and the chart (live parts), the report form beside them, the map, past
 * outages, and the embed codes. `#service` tells the page's script where to fetch the live parts, in which range
 * and zone they were drawn (`data-offsets`: that zone's offsets, see startLive), and how often to look again.
 */
export function ServicePageBody({ view, query, message, countryHint, origin, now }: { view: ServiceView; query: ServiceQuery; message: { tone: "ok" | "warn"; text: string } | null; countryHint: string; origin: string; now: number }) {
  const t = useTranslations("servicePage");
  const locale = useLocale();
  const { service, name } = view;
  const href = (p: string) => localizePath(locale, p);
  const otherNames = [...new Set([...(locale === "en" ? [] : [service.name]), ...Object.values(service.names).filter((x) => x && x !== name), ...service.aliases])] as string[];
  const names = Object.fromEntries(LOCALES.map((l) => [l, nameIn(service, l)])) as Record<Locale, string>;
  const live = liveParts(view, query.range, now);
  return (
    <div className="stack" id="service" data-src={href(`/status/${service.slug}`)} data-range={query.range} data-zone={query.zone} data-offsets={drawnOffsets(query.zone, now)} data-poll-ms={POLL_MS}>
      <div className="service-head">
        <Monogram slug={service.slug} name={name} large />
        <div>
          <h1>{t("heading", { name })}</h1>
          <p className="muted small">
            <a href={href(`/?category=${service.category}`)}>{labelCategory(service.category, locale)}</a> · <a href={service.url} rel="noopener nofollow">{service.url.replace(/^https:\/\//, "")}</a>
            {otherNames.length > 0 && <> · {t("alsoKnownAs", { names: joinPlain(locale, otherNames) })}</>}
          </p>
          <NotifyControl slug={service.slug} subject={service.name} />
        </div>
      </div>
      <div id="live-groups" className="live-part stack">{live["live-groups"]}</div>
      <div id="live-verdict" className="live-part">{live["live-verdict"]}</div>
      <div className="service-layout">
        <div className="report-side">
          <ReportForm slug={service.slug} name={name} problems={view.problems} countries={listCountries(locale)} defaultCountry={countryHint} message={message} />
        </div>
        <div id="live-main" className="live-part live-main stack">{live["live-main"]}</div>
      </div>
      <div id="live-map" className="live-part">{live["live-map"]}</div>
      <div id="live-past" className="live-part">{live["live-past"]}</div>
      <EmbedPanel origin={origin} slug={service.slug} name={name} names={names} />
    </div>
  );
}
