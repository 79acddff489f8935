/**
 * The site's languages. English is the default and keeps unprefixed URLs (every URL that existed before locales
 * still works); every other locale lives under its own prefix, e.g. /zh-CN/status/wechat.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** Every locale but the default: what a text written in English is also written in. */
export const OTHER_LOCALES: Locale[] = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** The request header the proxy sets for a prefixed URL; next-intl reads its request locale from it. */
export const LOCALE_HEADER = "x-next-intl-locale";
/** A reader's explicit choice (the language switch), which overrides Accept-Language on `/`. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 86_400;

/** The zone times are shown in until the browser names its own (and for readers whose browser gives none). */
export const DEFAULT_TIME_ZONE: Record<Locale, string> = { en: "UTC", "zh-CN": "Asia/Shanghai" };

/** What a locale is called in its own language, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A locale from loose input ("zh", "zh-cn", "zh-Hans", "EN"), or null when it is none we serve. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "en" || v.startsWith("en-")) return "en";
  if (v === "zh" || v === "zh-cn" || v === "zh-hans" || v === "zh-hans-cn" || v === "zh-sg") return "zh-CN";
  return null;
}
