import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { readCountryIndex } from "@/lib/countries/read-country-page";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localizePath } from "@/lib/i18n/paths";
import { nameCountry } from "@/lib/catalog/name-country";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("countryIndex");
  return { title: t("title"), alternates: localeAlternates(await getLocale(), "/country") };
}

/** Every country some service in the catalog serves, with a link to its page. */
export default async function CountryIndexPage() {
  const locale = await getLocale();
  const t = await getTranslations("countryIndex");
  const countries = await readCountryIndex(await getStores());
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ul className="card directory" data-testid="country-index">
        {countries.map((c) => (
          <li key={c.code}>
            <a href={localizePath(locale, `/country/${c.code.toLowerCase()}`)}>{nameCountry(c.code, locale)}</a>{" "}
            <span className="small muted">{t("services", { count: c.services })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
