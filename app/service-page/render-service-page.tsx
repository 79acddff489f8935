import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { buildOembedDiscovery } from "@/lib/embeds/build-oembed";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { localizePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { SHARE_IMAGE_SIZE } from "@/lib/og/config";
import { describeOutcome } from "@/lib/reports/describe-outcome";
import { inlineCss } from "@/app/components/inline-css";
import { LanguageLinks } from "@/app/components/language-links";
import { NotFoundCard } from "@/app/components/not-found-card";
import { renderDocument } from "@/app/components/plain-document";
import { ReportMessage } from "@/app/components/report-form";
import { SiteChrome } from "@/app/components/site-chrome";
import { liveParts } from "./live-parts";
import { LIVE_PART_SEPARATOR } from "./live-protocol";
import { parseServiceQuery, readServiceView, type ServiceQuery, type ServiceView } from "./read-service-view";
import { ServicePageBody } from "./service-page-body";

export type ServicePageResult =
  | { kind: "document" | "fragment"; status: 200 | 404; body: string; noStore: boolean }
  | { kind: "redirect"; location: string };

interface Request {
  locale: Locale;
  slug: string;
  search: URLSearchParams;
  /** Makes the canonical, alternate, feed and share-image links absolute. */
  origin: string;
  /** The script the page loads (lib/server/page-script.ts) and the nonce its CSP allows. */
  script: { src: string; nonce: string };
  /** The country the request came from (CDN header or offline lookup): the report form's preselected answer. */
  countryHint: string;
  now: number;
}

/**
 * A service page as a plain HTML document, rendered on the server with the site's components: the page people open
 * in an outage, on a phone, often from a search. Its script (~7 KB compressed, app/service-page/client) keeps the live parts
 * fresh by asking for `?part=live` (their markup alone, in the reader's zone), posts reports in place and runs the
 * embed options and the notify button; without it, everything but those still works. An App Router page shipped
 * ~170 KB of framework to hydrate a page that is mostly text.
 */
export async function renderServicePage(req: Request): Promise<ServicePageResult> {
  const query = parseServiceQuery(req.search, req.locale);
  const lookup = await readServiceView({ slug: req.slug, locale: req.locale, query, now: req.now });
  if (lookup.kind === "moved") {
    const search = req.search.toString();
    return { kind: "redirect", location: localizePath(req.locale, `/status/${lookup.slug}`) + (search ? `?${search}` : "") };
  }
  const view = lookup.kind === "page" ? lookup.view : null;
  const message = view && query.report !== undefined ? describeOutcome(getTranslator(req.locale, "client.outcome"), view.name, query.report, query.n ?? null, query.retry ?? null) : null;
  // An outcome is one reporter's answer: no shared cache may keep it for the next reader.
  const noStore = query.report !== undefined;
  const status = view ? 200 : 404;
  const provide = (children: React.ReactNode) => (
    <NextIntlClientProvider locale={req.locale} messages={MESSAGES[req.locale]} timeZone={query.zone} now={new Date(req.now)}>
      {children}
    </NextIntlClientProvider>
  );
  if (query.part === "live") {
    return { kind: "fragment", status, noStore, body: view ? liveFragment(view, query, message, req.now, provide) : "" };
  }
  const t = getTranslator(req.locale, "servicePage");
  const chrome = getTranslator(req.locale, "chrome");
  const path = view ? `/status/${view.service.slug}` : `/status/${req.slug}`;
  const title = view ? t("metaTitle", { name: view.name }) : t("notFound");
  const body = renderDocument({
    locale: req.locale,
    title,
    description: view ? t("metaDescription", { name: view.name }) : undefined,
    robots: view ? undefined : "noindex",
    origin: req.origin,
    alternates: view && localeAlternates(req.locale, path),
    css: inlineCss("globals.css"),
    head: view && <ServiceHead locale={req.locale} origin={req.origin} path={path} title={title} name={view.name} />,
    body: (
      <body>
        {provide(
          <SiteChrome languages={<LanguageLinks locale={req.locale} path={query.range === "24h" ? path : `${path}?range=${query.range}`} label={chrome("language")} />}>
            {view ? <ServicePageBody view={view} query={query} message={message} countryHint={req.countryHint} origin={req.origin} now={req.now} /> : <NotFoundCard />}
          </SiteChrome>,
        )}
        {view && <script src={req.script.src} nonce={req.script.nonce} defer />}
      </body>
    ),
  });
  return { kind: "document", status, noStore, body };
}

/**
 * The live parts alone, each under the id the page's script swaps it in by, the report's outcome too when there is
 * one (see live-protocol.ts).
 */
function liveFragment(view: ServiceView, query: ServiceQuery, message: { tone: "ok" | "warn"; text: string } | null, now: number, provide: (children: React.ReactNode) => React.ReactNode): string {
  const parts = Object.entries(liveParts(view, query.range, now)).map(([id, node]) => renderToStaticMarkup(provide(<div id={id}>{node}</div>)));
  if (query.report !== undefined) parts.push(renderToStaticMarkup(<ReportMessage message={message} />));
  return parts.join(LIVE_PART_SEPARATOR);
}

/** What Next's metadata wrote for this page: its feeds, its oEmbed endpoint and its share images, made absolute. */
function ServiceHead({ locale, origin, path, title, name }: { locale: Locale; origin: string; path: string; title: string; name: string }) {
  const t = getTranslator(locale, "servicePage");
  const page = localizePath(locale, path);
  const image = (file: string) => `${origin}${page}/${file}`;
  const alt = t("imageAlt");
  return (
    <>
      <link rel="alternate" type="application/json+oembed" href={buildOembedDiscovery(origin, page)} title={title} />
      <link rel="alternate" type="application/rss+xml" href={`${origin}${page}/feed.xml`} title={t("feedTitle", { name, format: "RSS" })} />
      <link rel="alternate" type="application/atom+xml" href={`${origin}${page}/feed.atom`} title={t("feedTitle", { name, format: "Atom" })} />
      <meta property="og:title" content={title} />
      <meta property="og:url" content={origin + page} />
      <meta property="og:image" content={image("opengraph-image")} />
      <meta property="og:image:width" content={String(SHARE_IMAGE_SIZE.width)} />
      <meta property="og:image:height" content={String(SHARE_IMAGE_SIZE.height)} />
      <meta property="og:image:alt" content={alt} />
      <meta property="og:image:type" content="image/png" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image("twitter-image")} />
      <meta name="twitter:image:alt" content={alt} />
    </>
  );
}
