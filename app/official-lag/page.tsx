import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cachedRead } from "@/lib/cache/read-cache";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format-number";
import { formatDuration } from "@/lib/i18n/format-time";
import { localizePath } from "@/lib/i18n/paths";
import { readOfficialLag } from "@/lib/official-status/read-official-lag";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("officialLag");
  return { title: t("title"), alternates: localeAlternates(await getLocale(), "/official-lag") };
}

/** "42 min", "−1 h 5 min" / "42分钟", "−1小时5分钟": negative when the vendor spoke before the crowd; a dash for none. */
const lagText = (locale: Locale, m: number | null) => (m === null ? "–" : `${m < 0 ? "−" : ""}${formatDuration(locale, Math.abs(m) * 60_000)}`);

/** Vendors ranked by how long after users' reports began their status page first said something was wrong. */
export default async function OfficialLagPage() {
  const now = Date.now();
  const locale = await getLocale();
  const t = await getTranslations("officialLag");
  const stores = await getStores();
  // The ranking is the same in every language (the API's); names and words are the page's.
  const ranking = await cachedRead("official-lag-page", now, "tick", () => readOfficialLag({ ...stores, now }));
  const catalog = await readCatalog(stores.catalog);
  const name = (v: { slug: string; name: string }) => {
    const service = catalog.find(v.slug);
    return service ? nameIn(service, locale) : v.name;
  };
  const days = formatNumber(locale, ranking.windowDays);
  return (
    <div className="stack">
      <section>
        <h1>{t("title")}</h1>
        <p className="muted">
          {t.rich("intro", {
            days,
            api: (c) => <a href="/api/v1/official-lag">{c}</a>,
            how: (c) => <a href={localizePath(locale, "/methodology")}>{c}</a>,
          })}
        </p>
      </section>
      <section className="card" aria-labelledby="ranking-h">
        <h2 id="ranking-h">{t("heading")}</h2>
        {ranking.vendors.length === 0 ? (
          <p className="muted">{t("empty", { days })}</p>
        ) : (
          <table data-testid="official-lag">
            <thead>
              <tr>
                <th scope="col">{t("vendor")}</th>
                <th scope="col" className="num">{t("median")}</th>
                <th scope="col" className="num">{t("fastest")}</th>
                <th scope="col" className="num">{t("slowest")}</th>
                <th scope="col" className="num">{t("outages")}</th>
                <th scope="col" className="num">{t("unacknowledged")}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.vendors.map((v) => (
                <tr key={v.service.slug}>
                  <th scope="row"><a href={localizePath(locale, `/status/${v.service.slug}/incidents`)}>{name(v.service)}</a></th>
                  <td className="num">{lagText(locale, v.medianLagMinutes)}</td>
                  <td className="num">{lagText(locale, v.fastestLagMinutes)}</td>
                  <td className="num">{lagText(locale, v.slowestLagMinutes)}</td>
                  <td className="num">{formatNumber(locale, v.incidents)}</td>
                  <td className="num">{formatNumber(locale, v.unacknowledged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
