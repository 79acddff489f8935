import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { nameCountry } from "@/lib/catalog/name-country";
import { phraseCountry } from "./country-phrase";
import type { PublicLocality } from "./public-types";
import type { Locality } from "./types";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** An incident's locality as the API shows it, with the finding in a sentence in the reader's language ("locality" messages). */
export function toPublicLocality(l: Locality, serviceName: string, locale: Locale = DEFAULT_LOCALE): PublicLocality {
  const t = getTranslator(locale, "locality");
  const country = l.country ? { code: l.country, name: nameCountry(l.country, locale) } : null;
  let sentence: string | null = null;
  const place = country ? phraseCountry(country, locale) : "";
  if (l.verdict === "local" && country) sentence = t("local", { share: pct(l.share), place, usual: pct(l.usualShare), name: serviceName });
  else if (l.verdict === "spread")
    sentence = country ? t("spreadFrom", { name: serviceName, place, share: pct(l.share), usual: pct(l.usualShare) }) : t("spread", { name: serviceName });
  return { verdict: l.verdict, country, share: l.share, usualShare: l.usualShare, extraReports: Math.round(l.extra), windowMinutes: l.windowMinutes, sentence };
}
