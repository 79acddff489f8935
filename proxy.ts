import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALE_HEADER } from "@/lib/i18n/config";
import { splitLocalePath } from "@/lib/i18n/paths";

/**
 * Locale routing (next-intl reads the locale this sets). A prefixed URL (/zh-CN/…) is served by the same route as
 * its English twin, with the locale as a request header; English URLs never reach this function, so they cost
 * nothing and stay exactly as they were. The front pages (`/`, negotiated, and `/zh-CN`) never reach Next at all:
 * lib/server/handle-home.ts answers them.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

export const config = { matcher: ["/zh-CN/:path*"] };
