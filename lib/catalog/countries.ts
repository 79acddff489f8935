import isoCountries from "i18n-iso-countries";

export interface Country {
  code: string;
  name: string;
}

let cached: Country[] | undefined;

/**
 * Every ISO 3166-1 alpha-2 country (i18n-iso-countries keeps the list current), with the English name Intl gives it,
 * the same name the rest of the site uses for a code; sorted by name.
 */
export function listCountries(): Country[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  cached = Object.keys(isoCountries.getAlpha2Codes())
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((x, y) => x.name.localeCompare(y.name));
  return cached;
}
