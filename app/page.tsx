import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { labelCategory } from "@/lib/catalog/categories";
import { nameIn } from "@/lib/catalog/read-catalog";
import { CATEGORY_IDS } from "@/lib/catalog/types";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { cachedRead } from "@/lib/cache/read-cache";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localizePath } from "@/lib/i18n/paths";
import { readOverview } from "@/lib/services/read-overview";
import { getStores } from "@/lib/stores/get-stores";
import { readGroupHighlights } from "@/lib/correlation/read-incident-groups";
import { GroupBanner, RecentGroups } from "@/app/components/group-banner";
import { ServiceCard } from "@/app/components/service-card";
import { SiteChrome } from "@/app/components/site-chrome";

export const dynamic = "force-dynamic";

/** Services on the unfiltered front page: the busiest four dozen (a phone page stays light; the rest are a search, a category or the A-Z directory away). */
const HOME_LIMIT = 48;

/** The country edition a language's front page points to first. */
const HOME_COUNTRY: Record<string, string> = { "zh-CN": "cn" };

const SearchSchema = z.object({
  q: z.string().max(80).catch(""),
  category: z.enum(CATEGORY_IDS).optional().catch(undefined),
});

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: localeAlternates(await getLocale(), "/") };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const { q, category } = SearchSchema.parse({ q: String(raw.q ?? ""), category: raw.category });
  const locale = await getLocale();
  const t = await getTranslations("home");
  const now = Date.now();
  const stores = await getStores();
  const all = await cachedRead(`overview:${q}:${category ?? ""}`, now, "reports", () => readOverview({ ...stores, now, q, category }));
  const alerts = all.filter((s) => s.status && s.status.status !== "ok").slice(0, 12);
  const groups = await cachedRead(`home-groups:${locale}`, now, "tick", () => readGroupHighlights({ ...stores, now, locale }));
  // A big catalog is browsed by search, category or the A-Z directory; the front page shows the busiest.
  const services = q || category ? all : all.slice(0, HOME_LIMIT);
  const home = localizePath(locale, "/");
  const href = (c?: string) => {
    const p = new URLSearchParams();
    if (q) p.set("q", q);
    if (c) p.set("category", c);
    const s = p.toString();
    return s ? `${home}?${s}` : home;
  };
  const country = HOME_COUNTRY[locale];
  return (
    <SiteChrome>
      <div className="stack">
        <section>
          <h1>{t("title")}</h1>
          <p className="muted">{t("intro")}</p>
          {country && (
            <p>
              <a href={localizePath(locale, `/country/${country}`)} data-testid="home-country">{t("countryEdition")}</a>
            </p>
          )}
          <form className="search" action={home} method="get" role="search">
            <label htmlFor="q" className="visually-hidden">{t("searchLabel")}</label>
            <input id="q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} autoComplete="off" />
            {category && <input type="hidden" name="category" value={category} />}
            <button className="button" type="submit">{t("searchButton")}</button>
          </form>
          <ul className="chips" aria-label={t("categories")}>
            <li><a href={href()} aria-current={!category ? "page" : undefined}>{t("all")}</a></li>
            {CATEGORY_IDS.map((c) => (
              <li key={c}>
                <a href={href(c)} aria-current={category === c ? "page" : undefined}>{labelCategory(c, locale)}</a>
              </li>
            ))}
          </ul>
        </section>
        <GroupBanner groups={groups.active} />
        {alerts.length > 0 && (
          <section className="card alert-list" aria-labelledby="alerts-h" data-testid="active-outages">
            <h2 id="alerts-h">{t("withProblems", { count: alerts.length })}</h2>
            <ul>
              {alerts.map((s) => (
                <li key={s.slug}>
                  <a href={localizePath(locale, `/status/${s.slug}`)}>{nameIn(s, locale)}</a>{" "}
                  <span className="small muted">{describeVerdict(nameIn(s, locale), s.status, locale)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <RecentGroups groups={groups.recent} />
        {services.length === 0 ? (
          <p className="card">{t("noMatch", { q })}</p>
        ) : (
          <ul className="service-grid" data-testid="service-list">
            {services.map((s) => <ServiceCard key={s.slug} s={s} locale={locale} />)}
          </ul>
        )}
        {services.length < all.length && (
          <p>
            <a href={localizePath(locale, "/services")}>{t("allServices", { count: all.length })}</a>
          </p>
        )}
      </div>
    </SiteChrome>
  );
}
