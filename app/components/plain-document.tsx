import { renderToStaticMarkup } from "react-dom/server";
import type { Locale } from "@/lib/i18n/config";

/**
 * A whole HTML document for the pages the server renders without Next (the front page, the embeds): the head Next
 * would write (charset, viewport, title, description, canonical and hreflang alternates made absolute, icon), the
 * page's CSS inline, then `head` (a page's own links and meta), then `body`.
 */
export function renderDocument({ locale, title, description, robots, origin, alternates, css, head, body }: { locale: Locale; title: string; description?: string; robots?: string; origin: string; alternates?: { canonical: string; languages: Record<string, string> } | null; css: string; head?: React.ReactNode; body: React.ReactNode }): string {
  // The root of a site is written without its slash, as Next writes it.
  const absolute = (path: string) => origin + (path === "/" ? "" : path);
  return (
    "<!DOCTYPE html>" +
    renderToStaticMarkup(
      <html lang={locale}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {robots && <meta name="robots" content={robots} />}
          <title>{title}</title>
          {description && <meta name="description" content={description} />}
          {alternates && <link rel="canonical" href={absolute(alternates.canonical)} />}
          {alternates && Object.entries(alternates.languages).map(([lang, href]) => <link key={lang} rel="alternate" hrefLang={lang} href={absolute(href)} />)}
          <link rel="icon" href="/icon.svg" type="image/svg+xml" />
          {head}
          <style dangerouslySetInnerHTML={{ __html: css }} />
        </head>
        {body}
      </html>,
    )
  );
}
