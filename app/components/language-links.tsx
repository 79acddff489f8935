import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";

/**
 * The visible language switch: this same page in the other languages. A plain link through /language, which
 * remembers the choice in a cookie (so `/` stops guessing from the browser's languages) and redirects: it works
 * without JavaScript, and it is a full page load, so the whole document (lang, chrome) changes language.
 * `path`: this page's English path and query.
 */
export function LanguageLinks({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <ul className="lang-switch" aria-label={label} data-testid="language-switch">
      {LOCALES.map((l) => (
        <li key={l}>
          {l === locale ? (
            <span aria-current="true" lang={l}>{LOCALE_NAMES[l]}</span>
          ) : (
            <a href={`/language?${new URLSearchParams({ lang: l, path })}`} lang={l} hrefLang={l}>
              {LOCALE_NAMES[l]}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
