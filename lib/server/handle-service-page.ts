import type { IncomingMessage, ServerResponse } from "node:http";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { FRONT_PAGE_CACHE_CONTROL } from "@/lib/http/route-cache-headers";
import { splitLocalePath } from "@/lib/i18n/paths";
import { headerSource } from "./header-source";
import { servicePageScript } from "./page-script";
import { refuseMethod, sendHtml } from "./send-html";
import { renderServicePage } from "@/app/service-page/render-service-page";

/** `/status/<slug>` in every language; its subpages (incidents, feeds, images) stay with Next. */
export function servicePageSlug(pathname: string): string | null {
  const { path } = splitLocalePath(pathname);
  const m = /^\/status\/([^/]+)$/.exec(path);
  return m ? m[1] : null;
}

/**
 * A service page, answered beside Next (see app/service-page/render-service-page.tsx for why). An alias or an old
 * slug redirects to the service's own address, query kept. The security headers are already on `res`; `nonce` is
 * the one its CSP allows; `country` preselects the report form's country.
 */
export async function handleServicePage(req: IncomingMessage, res: ServerResponse, { nonce, country }: { nonce: string; country: string }): Promise<void> {
  if (refuseMethod(req, res)) return;
  const url = new URL(req.url ?? "/", "http://service.invalid");
  const { locale } = splitLocalePath(url.pathname);
  // The server has already refused paths that are not validly percent-encoded.
  const slug = decodeURIComponent(servicePageSlug(url.pathname) ?? "");
  const script = await servicePageScript();
  const page = await renderServicePage({ locale, slug, search: url.searchParams, origin: resolvePublicOrigin(headerSource(req)), script: { src: script.src, nonce }, countryHint: country, now: Date.now() });
  if (page.kind === "redirect") {
    res.writeHead(307, { Location: page.location, "Cache-Control": FRONT_PAGE_CACHE_CONTROL });
    return void res.end();
  }
  // The live parts are the same for every reader and change at most every second: the ETag turns most polls into 304s.
  const fragment = page.kind === "fragment";
  const cache = page.noStore ? "no-store" : fragment ? "private, no-cache" : FRONT_PAGE_CACHE_CONTROL;
  sendHtml(req, res, { status: page.status, body: page.body, etag: fragment && !page.noStore, headers: { "Cache-Control": cache } });
}
