import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_HEADER, parseLocale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { localizePath, splitLocalePath } from "@/lib/i18n/paths";

/**
 * Locale routing (next-intl reads the locale this sets). A prefixed URL (/zh-CN/…) is served by the same route as
 * its English twin, with the locale as a request header; English URLs never reach this function, so they cost
 * nothing and stay exactly as they were. `/` alone is negotiated: the reader's saved choice (the language switch's
 * cookie), else their Accept-Language.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") {
    const chosen = parseLocale(request.cookies.get(LOCALE_COOKIE)?.value) ?? negotiateLocale(request.headers.get("accept-language"));
    const target = request.nextUrl.clone();
    target.pathname = localizePath(chosen, "/");
    const res = chosen === DEFAULT_LOCALE ? NextResponse.next() : NextResponse.redirect(target, 307);
    res.headers.set("Vary", "Accept-Language, Cookie");
    return res;
  }
  const { locale, path } = splitLocalePath(pathname);
  // The API, the operator area and Next's own files have no localized twins.
  if (locale === DEFAULT_LOCALE || /^\/(api|admin|_next)(\/|$)/.test(path)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  // A clone of nextUrl, so Next knows the rewrite stays on this server (a new URL could read as another origin's).
  const target = request.nextUrl.clone();
  target.pathname = path;
  return NextResponse.rewrite(target, { request: { headers } });
}

export const config = { matcher: ["/", "/zh-CN", "/zh-CN/:path*"] };
