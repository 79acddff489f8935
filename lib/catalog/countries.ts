import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";

/** Codes Intl knows that are not current countries: groupings, reserved and withdrawn codes. */
const NOT_COUNTRIES = new Set([
  "AC", "AN", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ",
  "BU", "CS", "DD", "DY", "FX", "HV", "NH", "NT", "QU", "RH", "SU", "TP", "UK", "VD", "YD", "YU", "ZR",
]);

export interface Country {
  code: string;
  name: string;
}

const cached = new Map<Locale, Country[]>();

/** Every ISO 3166-1 alpha-2 country with its name in a language, sorted in that language; built from Intl, no data file. */
export function listCountries(locale: Locale = DEFAULT_LOCALE): Country[] {
  const hit = cached.get(locale);
  if (hit) return hit;
  // Which codes are countries is decided once (by the English names Intl knows), so every language lists the same ones.
  const known = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const out: Country[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (known.of(code) && !NOT_COUNTRIES.has(code)) out.push({ code, name: names.of(code) ?? code });
    }
  }
  const sorted = out.sort((x, y) => x.name.localeCompare(y.name, locale));
  cached.set(locale, sorted);
  return sorted;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in a language ("United Kingdom", "英国"); "Unknown" for reports whose country could not be told. */
export function nameCountry(code: string, locale: Locale = DEFAULT_LOCALE): string {
  if (!code) return MESSAGES[locale].countries.unknown;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
