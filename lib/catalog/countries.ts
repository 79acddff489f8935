import isoCountries from "i18n-iso-countries";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";

export interface Country {
  code: string;
  name: string;
}

const cached = new Map<Locale, Country[]>();

/**
 * Every ISO 3166-1 alpha-2 country (i18n-iso-countries keeps the list current), with the name Intl gives it in a
 * language, the same name the rest of the site uses for a code; sorted in that language.
 */
export function listCountries(locale: Locale = DEFAULT_LOCALE): Country[] {
  const hit = cached.get(locale);
  if (hit) return hit;
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const sorted = Object.keys(isoCountries.getAlpha2Codes())
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((x, y) => x.name.localeCompare(y.name, locale));
  cached.set(locale, sorted);
  return sorted;
}
