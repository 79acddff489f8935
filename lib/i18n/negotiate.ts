import { parse as parseCookies } from "cookie";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALE_COOKIE, parseLocale, type Locale } from "./config";

/** The locale that serves a language: English for any English, Simplified Chinese for any Chinese (a Traditional-script reader reads it far better than English). */
const BY_LANGUAGE: Record<string, Locale> = { en: "en", zh: "zh-CN" };

/**
 * The best locale for a reader from their Accept-Language header: the first language in their order of preference
 * (q-values, parsed by negotiator) that we serve, else English. "zh-CN,zh;q=0.9" -> zh-CN, "en-GB,zh-CN;q=0.5" -> en,
 * "fr,zh;q=0.5" -> zh-CN, "de" -> en.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  for (const tag of new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages()) {
    const locale = BY_LANGUAGE[tag.split("-")[0].toLowerCase()];
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language of the bare front page (`/`): the reader's saved choice (the language switch's cookie), else their
 * Accept-Language. Every other URL says its language in its path.
 */
export function chooseFrontPageLocale(cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
  return parseLocale(parseCookies(cookieHeader ?? "")[LOCALE_COOKIE]) ?? negotiateLocale(acceptLanguage);
}
