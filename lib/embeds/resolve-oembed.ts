import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { readIncidentRow, type IncidentReadDeps } from "@/lib/incidents/read-incidents";
import type { Locale } from "@/lib/i18n/config";
import { localizePath, splitLocalePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { titleIncident } from "@/lib/incidents/describe-incident";
import { buildOembed, type OembedRich } from "./build-oembed";
import { OEMBED_CACHE } from "./config";
import { EmbedQuerySchema } from "./embed-params";

export type OembedOutcome = { ok: true; body: OembedRich; /** True while the answer's title can still change (an ongoing incident). */ live: boolean } | { ok: false; status: 404 | 501; code: string; message: string };

// Service and incident pages, and the embeds themselves: what a journalist might paste into a CMS.
const PATH_RE = /^\/(?:status|embed)\/([A-Za-z0-9-]{1,80})(?:\/incidents\/(\d{1,15}))?\/?$/;

const miss = (message: string): OembedOutcome => ({ ok: false, status: 404, code: "not_found", message });

/**
 * Answers an oEmbed request for a URL on this site: the live widget for a service page, the frozen chart for an
 * incident page. The widget's language is `lang`, else the URL's (a /zh-CN/… page embeds the Chinese widget). Per
 * the spec, a URL we cannot embed is a 404 and a format other than JSON a 501.
 */
export async function resolveOembed({ now, origin, url, format, maxwidth, maxheight, lang, ...deps }: IncidentReadDeps & { now: number; origin: string; url: string; format: string; maxwidth?: number; maxheight?: number; lang?: Locale }): Promise<OembedOutcome> {
  if (format !== "json") return { ok: false, status: 501, code: "not_implemented", message: "Only format=json is supported." };
  const target = new URL(url);
  if (target.host !== new URL(origin).host) return miss("That URL is not on this Downwire site.");
  const { locale: fromUrl, path } = splitLocalePath(target.pathname);
  const locale = lang ?? fromUrl;
  const match = PATH_RE.exec(path);
  if (!match) return miss("Only service pages (/status/:slug) and incident pages (/status/:slug/incidents/:id) can be embedded.");
  const service = (await readCatalog(deps.catalog)).find(match[1]);
  if (!service) return miss(`No service called "${match[1]}".`);
  const options = { ...EmbedQuerySchema.parse({ range: target.searchParams.get("range") ?? undefined, theme: target.searchParams.get("theme") ?? undefined }), lang: locale };
  const common = { origin, options, maxwidth, maxheight, cacheAge: OEMBED_CACHE.maxAge };
  if (!match[2]) {
    const title = getTranslator(locale, "client.embedPanel")("widgetTitle", { name: nameIn(service, locale) });
    const body = buildOembed({ ...common, target: { slug: service.slug }, title, thumbnailPath: localizePath(locale, `/status/${service.slug}/opengraph-image`) });
    return { ok: true, body, live: false };
  }
  const row = await readIncidentRow({ ...deps, id: Number(match[2]), now });
  if (!row || row.incident.service.slug !== service.slug) return miss("No such incident.");
  const incident = localizeIncident(row.incident, service, locale);
  const body = buildOembed({
    ...common,
    target: { slug: service.slug, incidentId: incident.id },
    title: titleIncident(incident, now, locale),
    thumbnailPath: localizePath(locale, `/status/${service.slug}/incidents/${incident.id}/opengraph-image`),
  });
  return { ok: true, body, live: incident.open };
}
