import { LOCALES, type Locale } from "./config";
import { localizePath } from "./paths";

/**
 * A page's canonical URL in its language and its hreflang alternates (every language, and x-default: English), for
 * Next's metadata; relative paths, made absolute with the root layout's metadataBase.
 */
export function localeAlternates(locale: Locale, path: string): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, localizePath(l, path)]));
  languages["x-default"] = path;
  return { canonical: localizePath(locale, path), languages };
}
