import { useTranslations } from "next-intl";
import { labelCategory } from "@/lib/catalog/categories";
import { CATEGORY_IDS, type CategoryId } from "@/lib/catalog/types";
import type { PublicGroup } from "@/lib/correlation/public-types";
import type { Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import type { ServiceSummary } from "@/lib/services/read-overview";
import { GroupBanner, RecentGroups } from "@/app/components/group-banner";
import { ServiceCard } from "@/app/components/service-card";
import { TroubledServices } from "@/app/components/troubled-services";

export interface HomeData {
  q: string;
  category?: CategoryId;
  /** Services with a `possible` or `outage` verdict, most severe first. */
  alerts: ServiceSummary[];
  /** The cards shown: the busiest few dozen, or every match of a search or category. */
  services: ServiceSummary[];
  /** How many services match in all (the link to the A–Z directory says it when not all are shown). */
  total: number;
  groups: { active: PublicGroup[]; recent: PublicGroup[] };
}

/** The country edition a language's front page points to first. */
const HOME_COUNTRY: Partial<Record<Locale, string>> = { "zh-CN": "cn" };

/**
 * The front page: search, categories, outages happening together, services with problems, and the busiest services'
 * cards. Links and a GET form only: it works, and reads the same, without any script.
 */
export function HomePage({ data, locale }: { data: HomeData; locale: Locale }) {
  const t = useTranslations("home");
  const { q, category, alerts, services, total, groups } = data;
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
      <TroubledServices services={alerts} heading={t("withProblems", { count: alerts.length })} headingId="alerts-h" testId="active-outages" locale={locale} />
      <RecentGroups groups={groups.recent} />
      {services.length === 0 ? (
        <p className="card">{t("noMatch", { q })}</p>
      ) : (
        <ul className="service-grid" data-testid="service-list">
          {services.map((s) => <ServiceCard key={s.slug} s={s} locale={locale} />)}
        </ul>
      )}
      {services.length < total && (
        <p>
          <a href={localizePath(locale, "/services")}>{t("allServices", { count: total })}</a>
        </p>
      )}
    </div>
  );
}
