import { EMBED_ASPECT_RATIO, EMBED_HEIGHT, EMBED_WIDTH } from "./config";
import type { EmbedOptions } from "./embed-params";
import { escapeXml } from "@/lib/formats/escape-xml";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

/** What an embed shows: a service's live widget, or one incident's frozen chart. */
export interface EmbedTarget {
  slug: string;
  incidentId?: number;
}

/** Widget options a host page picks; `lang` chooses the widget's language (its URL gets the locale's prefix). */
export type EmbedCodeOptions = Partial<EmbedOptions> & { lang?: Locale };

/** The widget's URL; default options are left out so the URL a journalist copies stays short. */
export function buildEmbedUrl(origin: string, target: EmbedTarget, options: EmbedCodeOptions = {}): string {
  const path = target.incidentId === undefined ? `/embed/${target.slug}` : `/embed/${target.slug}/incidents/${target.incidentId}`;
  const q = new URLSearchParams();
  if (options.range && options.range !== "24h" && target.incidentId === undefined) q.set("range", options.range);
  if (options.theme && options.theme !== "light") q.set("theme", options.theme);
  const query = q.toString();
  return `${origin}${localizePath(options.lang ?? DEFAULT_LOCALE, path)}${query ? `?${query}` : ""}`;
}

/**
 * Copy-paste iframe code. Fixed width/height attributes for CMSs that strip `style`; the style makes it
 * responsive where it survives.
 */
export function buildIframeCode({ origin, target, title, options = {}, width, height }: { origin: string; target: EmbedTarget; title: string; options?: EmbedCodeOptions; width?: number; height?: number }): string {
  const src = buildEmbedUrl(origin, target, options);
  const w = width ?? EMBED_WIDTH;
  const h = height ?? EMBED_HEIGHT;
  const style = width === undefined ? `border:0;width:100%;max-width:640px;aspect-ratio:${EMBED_ASPECT_RATIO};min-height:${EMBED_HEIGHT}px` : "border:0";
  const widthAttr = width === undefined ? "100%" : String(w);
  return `<iframe src="${escapeXml(src)}" width="${widthAttr}" height="${h}" style="${style}" title="${escapeXml(title)}" loading="lazy"></iframe>`;
}

/** The script snippet: embed.js finds it and puts a responsive iframe in its place. */
export function buildScriptCode({ origin, slug, options = {} }: { origin: string; slug: string; options?: EmbedCodeOptions }): string {
  const attrs = [`src="${escapeXml(`${origin}/embed.js`)}"`, `data-service="${escapeXml(slug)}"`];
  if (options.range && options.range !== "24h") attrs.push(`data-range="${options.range}"`);
  if (options.theme && options.theme !== "light") attrs.push(`data-theme="${options.theme}"`);
  if (options.lang && options.lang !== DEFAULT_LOCALE) attrs.push(`data-lang="${options.lang}"`);
  return `<script ${attrs.join(" ")} async></script>`;
}

/** The Markdown status badge, linking to the service page in the badge's language. */
export function buildBadgeCode({ origin, slug, lang, alt }: { origin: string; slug: string; lang: Locale; alt: string }): string {
  const page = origin + localizePath(lang, `/status/${slug}`);
  return `[![${alt}](${origin}${localizePath(lang, `/badge/${slug}.svg`)})](${page})`;
}
