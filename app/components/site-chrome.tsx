import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { readEnv } from "@/lib/config/env";
import { localizePath } from "@/lib/i18n/paths";
import { LanguageSwitch } from "./language-switch";

/** Demo banner, header (with the language switch) and footer around every page of the site (not around embeds). */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const demo = readEnv().DOWNWIRE_DEMO;
  const locale = await getLocale();
  const t = await getTranslations("chrome");
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
          <Link href={href("/")} className="brand">
            Down<span>wire</span>
          </Link>
          <nav aria-label={t("navLabel")}>
            <Link href={href("/")}>{t("navAll")}</Link>
            <Link href={href("/incidents/groups")}>{t("navWider")}</Link>
            <Link href={href("/country")}>{t("navCountries")}</Link>
            <Link href={href("/methodology")}>{t("navHow")}</Link>
          </nav>
          <LanguageSwitch label={t("language")} />
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
