import type { IncomingMessage, ServerResponse } from "node:http";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { FRONT_PAGE_CACHE_CONTROL } from "@/lib/http/route-cache-headers";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/config";
import { chooseFrontPageLocale } from "@/lib/i18n/negotiate";
import { localizePath, splitLocalePath } from "@/lib/i18n/paths";
import { headerSource } from "./header-source";
import { refuseMethod, sendHtml } from "./send-html";
import { renderHome } from "@/app/home/render-home";

const FRONT_PAGES = new Set(LOCALES.map((l) => localizePath(l, "/")));

/** `/` and each language's front page (`/zh-CN`). */
export const isHomePath = (pathname: string) => FRONT_PAGES.has(pathname);

/**
 * The front page, answered beside Next (see app/home/render-home.tsx for why). The bare `/` is negotiated: a reader
 * whose saved choice or browser says Chinese is sent to /zh-CN, query kept; the security headers are already on `res`.
 */
export async function handleHome(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (refuseMethod(req, res)) return;
  const url = new URL(req.url ?? "/", "http://home.invalid");
  const negotiated = url.pathname === "/";
  const vary: Record<string, string> = negotiated ? { Vary: "Accept-Language, Cookie" } : {};
  if (negotiated) {
    const chosen = chooseFrontPageLocale(req.headers.cookie, req.headers["accept-language"]);
    if (chosen !== DEFAULT_LOCALE) {
      res.writeHead(307, { Location: localizePath(chosen, "/") + url.search, "Cache-Control": FRONT_PAGE_CACHE_CONTROL, ...vary });
      return void res.end();
    }
  }
  const { locale } = splitLocalePath(url.pathname);
  const body = await renderHome({ locale, search: url.searchParams, origin: resolvePublicOrigin(headerSource(req)), now: Date.now() });
  sendHtml(req, res, { status: 200, body, headers: { "Cache-Control": FRONT_PAGE_CACHE_CONTROL, ...vary } });
}
