import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { cachedRead } from "@/lib/cache/read-cache";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { EMBED_POLL_MS } from "@/lib/embeds/config";
import { parseWidgetQuery } from "@/lib/embeds/embed-params";
import { readEmbed } from "@/lib/embeds/read-embed";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { localizePath, splitLocalePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { getStores } from "@/lib/stores/get-stores";
import { EmbedWidget } from "@/app/components/embed-widget";

export interface WidgetResponse {
  status: 200 | 404;
  body: string;
}

/** `/embed/<slug>` and `/zh-CN/embed/<slug>`: the live widget, not its incident embeds below it. */
export function isWidgetPath(pathname: string): boolean {
  return /^\/embed\/[^/]+$/.test(splitLocalePath(pathname).path);
}

let css: string | undefined;
/** The site's base and embed rules (app/base.css, app/embed.css), read once: the widget inlines them, one request fewer. */
function widgetCss(): string {
  css ??= ["base.css", "embed.css"].map((f) => fs.readFileSync(path.join(process.cwd(), "app", f), "utf8")).join("\n");
  return css;
}

/**
 * The live widget as a plain HTML document: the same React component the site uses, rendered on the server with no
 * framework script behind it, plus public/embed-live.js (~1 KB), which refreshes it and re-renders it in the
 * reader's time zone by asking for `?part=widget&tz=…`. A newsroom's readers pay for a chart, not for an app.
 */
export async function renderWidget({ pathname, search, nonce, now }: { pathname: string; search: URLSearchParams; nonce: string; now: number }): Promise<WidgetResponse> {
  const { locale, path: local } = splitLocalePath(pathname);
  const slug = safeDecode(local.slice("/embed/".length)).slice(0, 80);
  const query = parseWidgetQuery(search, DEFAULT_TIME_ZONE[locale]);
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug);
  // Embeds are what a newsroom's readers load by the thousand: one read per service, range and language a second at
  // most. The cache drops a service's entry when it changes, so its data is current now: "updated" says now.
  const data = service && (await cachedRead(`embed:${service.id}:${query.range}:${locale}`, now, { serviceId: service.id }, () => readEmbed({ ...stores, slug: service.slug, now, range: query.range, locale })));
  const t = getTranslator(locale, "client.embed");
  const widget = service && data
    ? renderToString(
        <NextIntlClientProvider locale={locale} messages={pickClientMessages(MESSAGES[locale])} timeZone={query.zone}>
          <EmbedWidget data={{ ...data, at: new Date(now).toISOString() }} displayName={nameIn(service, locale)} range={query.range} theme={query.theme} />
        </NextIntlClientProvider>,
      )
    : renderToStaticMarkup(<NotFound locale={locale} />);
  const status = service && data ? 200 : 404;
  const title = service ? t("pageTitle", { name: nameIn(service, locale) }) : t("notFound");
  const own = `${localizePath(locale, `/embed/${service?.slug ?? slug}`)}?range=${query.range}&theme=${query.theme}`;
  const body = query.part === "widget"
    ? widget
    : "<!DOCTYPE html>" +
      renderToStaticMarkup(
        <html lang={locale}>
          <head>
            <meta charSet="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex, follow" />
            <title>{title}</title>
            <link rel="icon" href="/icon.svg" type="image/svg+xml" />
            <style dangerouslySetInnerHTML={{ __html: widgetCss() }} />
          </head>
          <body>
            <div id="widget" data-src={own} data-zone={query.zone} data-poll-ms={EMBED_POLL_MS} dangerouslySetInnerHTML={{ __html: widget }} />
            {status === 200 && <script src="/embed-live.js" nonce={nonce} defer />}
          </body>
        </html>,
      );
  return { status, body };
}

function NotFound({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "notFound");
  return (
    <div className="embed" data-theme="light">
      <p>{t("embed")}</p>
      <p><a href={localizePath(locale, "/")} target="_blank" rel="noopener">{t("browse")}</a></p>
    </div>
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
