import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { cachedRead } from "@/lib/cache/read-cache";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { EMBED_POLL_MS } from "@/lib/embeds/config";
import { parseWidgetQuery, type WidgetQuery } from "@/lib/embeds/embed-params";
import { readEmbed } from "@/lib/embeds/read-embed";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { DEFAULT_TIME_ZONE, LOCALES, type Locale } from "@/lib/i18n/config";
import { localeAlternates } from "@/lib/i18n/alternates";
import { MESSAGES } from "@/lib/i18n/messages";
import { localizePath, splitLocalePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { titleIncident } from "@/lib/incidents/describe-incident";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { getStores } from "@/lib/stores/get-stores";
import { EmbedWidget } from "@/app/components/embed-widget";
import { IncidentEmbed } from "@/app/components/incident-embed";
import { inlineCss } from "@/app/components/inline-css";
import { renderDocument } from "@/app/components/plain-document";

export interface WidgetResponse {
  status: 200 | 404;
  body: string;
}

/** `/embed/<slug>` (the live widget) and `/embed/<slug>/incidents/<id>` (one incident's chart), in any language. */
export function isWidgetPath(pathname: string): boolean {
  return /^\/embed\/[^/]+(\/incidents\/[^/]+)?$/.test(splitLocalePath(pathname).path);
}

/** The messages the embeds' components translate with, picked once per language rather than per request. */
const CLIENT_MESSAGES = Object.fromEntries(LOCALES.map((l) => [l, pickClientMessages(MESSAGES[l])])) as Record<Locale, Record<string, unknown>>;

/** The site's base and embed rules, inlined: one request fewer. */
const widgetCss = () => inlineCss("base.css") + "\n" + inlineCss("embed.css");

interface Embed {
  title: string;
  element: React.ReactElement;
  /** Its path in English: its own URL, canonical and hreflang alternates follow from it. */
  path: string;
  /** Its options as a query string, kept in the URL its refreshes ask. */
  options: string;
  /** 0: drawn once (an ended outage), refreshed only into the reader's zone. */
  pollMs: number;
}

async function readLiveEmbed(locale: Locale, slug: string, query: WidgetQuery, now: number): Promise<Embed | null> {
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug);
  if (!service) return null;
  // Embeds are what a newsroom's readers load by the thousand: one read per service, range and language a second at
  // most. The cache drops a service's entry when it changes, so its data is current now: "updated" says now.
  const data = await cachedRead(`embed:${service.id}:${query.range}:${locale}`, now, { serviceId: service.id }, () => readEmbed({ ...stores, slug: service.slug, now, range: query.range, locale }));
  if (!data) return null;
  const name = nameIn(service, locale);
  return {
    title: getTranslator(locale, "client.embed")("pageTitle", { name }),
    element: <EmbedWidget data={{ ...data, at: new Date(now).toISOString() }} displayName={name} range={query.range} theme={query.theme} />,
    path: `/embed/${service.slug}`,
    options: `range=${query.range}&theme=${query.theme}`,
    pollMs: EMBED_POLL_MS,
  };
}

async function readIncidentEmbed(locale: Locale, raw: { slug: string; id: string }, query: WidgetQuery, now: number): Promise<Embed | null> {
  const parsed = IncidentParamsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const stores = await getStores();
  const detail = await readIncident({ ...stores, id: parsed.data.id, now });
  if (!detail || detail.incident.service.slug !== parsed.data.slug) return null;
  const incident = localizeIncident(detail.incident, (await readCatalog(stores.catalog)).find(detail.incident.service.slug), locale);
  return {
    title: titleIncident(incident, now, locale),
    element: <IncidentEmbed detail={{ ...detail, incident }} theme={query.theme} now={now} locale={locale} zone={query.zone} />,
    path: `/embed/${incident.service.slug}/incidents/${incident.id}`,
    options: `theme=${query.theme}`,
    // An ended outage's chart is frozen, so the embed says what the article said; an ongoing one stays live.
    pollMs: incident.open ? EMBED_POLL_MS : 0,
  };
}

/**
 * An embed as a plain HTML document: the same React components the site uses, rendered on the server with no
 * framework script behind them, plus public/embed-live.js (~1 KB), which refreshes the embed and re-renders it in the
 * reader's time zone by asking for `?part=widget&tz=…`. A newsroom's readers pay for a chart, not for an app.
 */
export async function renderWidget({ pathname, search, nonce, origin, now }: { pathname: string; search: URLSearchParams; nonce: string; origin: string; now: number }): Promise<WidgetResponse> {
  const { locale, path: local } = splitLocalePath(pathname);
  // The server has already refused paths that are not validly percent-encoded.
  const [, , slug, , id] = local.split("/").map(decodeURIComponent);
  const query = parseWidgetQuery(search, DEFAULT_TIME_ZONE[locale]);
  const embed = id === undefined ? await readLiveEmbed(locale, slug.slice(0, 80), query, now) : await readIncidentEmbed(locale, { slug, id }, query, now);
  // Static markup: nothing hydrates it, so React's text separators would be bytes for nothing.
  const markup = embed
    ? renderToStaticMarkup(
        <NextIntlClientProvider locale={locale} messages={CLIENT_MESSAGES[locale]} timeZone={query.zone}>
          {embed.element}
        </NextIntlClientProvider>,
      )
    : renderToStaticMarkup(<NotFound locale={locale} />);
  const status = embed ? 200 : 404;
  if (query.part === "widget") return { status, body: markup };
  const body = renderDocument({
    locale,
    title: embed?.title ?? getTranslator(locale, "client.embed")("notFound"),
    // Embeds live inside other sites' articles; search engines should index the service pages instead.
    robots: "noindex, follow",
    origin,
    alternates: embed && localeAlternates(locale, embed.path),
    css: widgetCss(),
    body: (
      <body>
        <div id="widget" data-src={embed && `${localizePath(locale, embed.path)}?${embed.options}`} data-zone={query.zone} data-poll-ms={embed?.pollMs} dangerouslySetInnerHTML={{ __html: markup }} />
        {embed && <script src="/embed-live.js" nonce={nonce} defer />}
      </body>
    ),
  });
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
