import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";

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
