import { DEFAULT_LOCALE, LOCALES, type Locale } from "./config";

/** "/status/wechat" in a locale: unchanged for English, "/zh-CN/status/wechat" for Chinese. Keeps a query. */
export function localizePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  if (path === "/") return `/${locale}`;
  return path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** Splits a URL path into its locale and the path without the prefix: "/zh-CN/status/x" -> zh-CN, "/status/x". */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = `/${locale}`;
    if (path === prefix) return { locale, path: "/" };
    if (path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) return { locale, path: path.slice(prefix.length).replace(/^\?/, "/?") };
  }
  return { locale: DEFAULT_LOCALE, path };
}
