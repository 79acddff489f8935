import { NextIntlClientProvider } from "next-intl";
import { z } from "zod";
import { cachedRead } from "@/lib/cache/read-cache";
import { CATEGORY_IDS } from "@/lib/catalog/types";
import { readGroupHighlights } from "@/lib/correlation/read-incident-groups";
import { DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { localeAlternates } from "@/lib/i18n/alternates";
import { MESSAGES } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/translate";
import { readOverview } from "@/lib/services/read-overview";
import { getStores } from "@/lib/stores/get-stores";
import { inlineCss } from "@/app/components/inline-css";
import { renderDocument } from "@/app/components/plain-document";
import { LanguageLinks } from "@/app/components/language-links";
import { SiteChrome } from "@/app/components/site-chrome";
import { HomePage, type HomeData } from "./home-page";

/** Services on the unfiltered front page: the busiest four dozen (a phone page stays light; the rest are a search, a category or the A-Z directory away). */
const HOME_LIMIT = 48;

const HomeQuerySchema = z.object({
  q: z.string().max(80).catch(""),
  category: z.enum(CATEGORY_IDS).optional().catch(undefined),
});

async function readHome(locale: Locale, search: URLSearchParams, now: number): Promise<HomeData> {
  const { q, category } = HomeQuerySchema.parse({ q: search.get("q") ?? "", category: search.get("category") ?? undefined });
  const stores = await getStores();
  const all = await cachedRead(`overview:${q}:${category ?? ""}`, now, "reports", () => readOverview({ ...stores, now, q, category }));
  const groups = await cachedRead(`home-groups:${locale}`, now, "tick", () => readGroupHighlights({ ...stores, now, locale }));
  return {
    q,
    category,
    alerts: all.filter((s) => s.status && s.status.status !== "ok").slice(0, 12),
    // A big catalog is browsed by search, category or the A-Z directory; the front page shows the busiest.
    services: q || category ? all : all.slice(0, HOME_LIMIT),
    total: all.length,
    groups,
  };
}

/**
 * The front page as a plain HTML document, rendered on the server with the site's React components and no script at
 * all: it is links, a GET search form and numbers, and the page most visitors land on from a search engine, on a
 * phone, during an outage. An App Router page would ship React and the router (~150 KB) to hydrate nothing.
 * `search` is the request's query; `origin` makes the canonical and alternate links absolute.
 */
export async function renderHome({ locale, search, origin, now }: { locale: Locale; search: URLSearchParams; origin: string; now: number }): Promise<string> {
  const data = await readHome(locale, search, now);
  const meta = getTranslator(locale, "meta");
  const chrome = getTranslator(locale, "chrome");
  const query = search.toString();
  return renderDocument({
    locale,
    title: meta("title"),
    description: meta("description"),
    origin,
    alternates: localeAlternates(locale, "/"),
    css: inlineCss("globals.css"),
    body: (
      <body>
        <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone={DEFAULT_TIME_ZONE[locale]} now={new Date(now)}>
          <SiteChrome languages={<LanguageLinks locale={locale} path={query ? `/?${query}` : "/"} label={chrome("language")} />}>
            <HomePage data={data} locale={locale} />
          </SiteChrome>
        </NextIntlClientProvider>
      </body>
    ),
  });
}
