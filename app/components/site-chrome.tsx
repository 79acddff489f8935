import { useLocale, useTranslations } from "next-intl";
import { readEnv } from "@/lib/config/env";
import { localizePath } from "@/lib/i18n/paths";
import { LanguageSwitch } from "./language-switch";

/**
 * Demo banner, header (with the language switch) and footer around every page of the site (not around embeds).
 * Synchronous, so the front page, which the server renders without Next (app/home/render-home.tsx), shares it;
 * there `languages` is given, since no router says which page this is. Plain links: next/link would prefetch
 * each of them on every page for pages rendered per request anyway.
 */
export function SiteChrome({ children, languages }: { children: React.ReactNode; languages?: React.ReactNode }) {
  const demo = readEnv().DOWNWIRE_DEMO;
  const locale = useLocale();
  const t = useTranslations("chrome");
  const href = (path: string) => localizePath(locale, path);
  return (
    <>
      {demo && (
        <div className="demo-banner" role="note" data-testid="demo-banner">
          <strong>{t("demoStrong")}</strong> {t("demoText")}
        </div>
      )}
      <header className="site-header">
        <div className="wrap">
          <a href={href("/")} className="brand">
            Down<span>wire</span>
          </a>
          <nav aria-label={t("navLabel")}>
            <a href={href("/")}>{t("navAll")}</a>
            <a href={href("/incidents/groups")}>{t("navWider")}</a>
            <a href={href("/country")}>{t("navCountries")}</a>
            <a href={href("/methodology")}>{t("navHow")}</a>
          </nav>
          {languages ?? <LanguageSwitch label={t("language")} />}
        </div>
      </header>
      <main className="wrap">{children}</main>
      <footer className="site-footer">
        <div className="wrap">
          {t("footer")} <a href={href("/feeds/incidents.xml")}>{t("feedRss")}</a> · <a href={href("/feeds/incidents.atom")}>{t("feedAtom")}</a> · <a href={href("/official-lag")}>{t("officialLag")}</a>
        </div>
      </footer>
    </>
  );
}

/** The layout of every site section (status pages, methodology); the home page wraps itself. */
export function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
