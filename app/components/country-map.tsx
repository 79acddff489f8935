import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format-number";
import { joinPlain } from "@/lib/i18n/join-list";
import type { Share } from "@/lib/reports/read-breakdown";

/** The server-rendered world map as an image, and the same numbers as a table (its accessible alternative); countries already in the page's language. */
export function CountryMap({ src, countries, heading, note }: { src: string; countries: Share[]; heading: string; note: string }) {
  const t = useTranslations("countryMap");
  const locale = useLocale();
  const top = joinPlain(locale, countries.filter((c) => c.id).slice(0, 3).map((c) => `${c.label} ${c.percent}%`));
  return (
    <section className="card" aria-labelledby="map-h" data-testid="country-map">
      <h2 id="map-h">{heading}</h2>
      {countries.length === 0 ? (
        <p className="muted small">{t("none")}</p>
      ) : (
        <div className="map-layout">
          <img src={src} alt={top ? t("altTop", { top }) : t("alt")} width={960} height={510} loading="lazy" className="world-map" />
          <div className="table-scroll">
            <table>
              <caption className="small muted">{note}</caption>
              <thead>
                <tr><th scope="col">{t("country")}</th><th scope="col" className="num">{t("reports")}</th><th scope="col" className="num">{t("share")}</th></tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c.id || "unknown"}><td>{c.label}</td><td className="num">{formatNumber(locale, c.count)}</td><td className="num">{c.percent}%</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
