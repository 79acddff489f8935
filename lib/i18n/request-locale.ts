import { DEFAULT_LOCALE, LOCALE_HEADER, isLocale, parseLocale, type Locale } from "./config";

/**
 * A route handler's language: the URL's prefix (the proxy's header: /zh-CN/feeds/… is Chinese), else a `lang`
 * query parameter where the route offers one, else English.
 */
export function readRequestLocale(headers: { get(name: string): string | null }, lang?: string | null): Locale {
  const fromPath = headers.get(LOCALE_HEADER);
  if (isLocale(fromPath)) return fromPath;
  return parseLocale(lang) ?? DEFAULT_LOCALE;
}
