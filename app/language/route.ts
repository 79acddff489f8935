import { z } from "zod";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, LOCALES } from "@/lib/i18n/config";
import { localizePath, splitLocalePath } from "@/lib/i18n/paths";
import { parseQuery } from "@/lib/http/parse-query";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { respondError } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

const QuerySchema = z.object({
  lang: z.enum(LOCALES),
  // A path on this site only (no "//host" or "/\host" that a browser would treat as another site, no whitespace or
  // control characters that could break the Location header); anything else goes to the front page.
  path: z.string().max(2048).regex(/^\/(?![/\\])[^\s\x00-\x1f\x7f]*$/, "a path on this site").catch("/"),
});

/** The language switch: remembers the reader's choice for `/` and sends them to the same page in that language. */
export function GET(request: Request) {
  const query = parseQuery(request.url, QuerySchema);
  if (!query.ok) return respondError(400, "invalid_query", "Choose a language: lang=en or lang=zh-CN.", query.fields);
  const { lang, path } = query.data;
  const secure = resolvePublicOrigin(request.headers).startsWith("https:") ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      Location: localizePath(lang, splitLocalePath(path).path),
      "Set-Cookie": `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE_S}; SameSite=Lax${secure}`,
      "Cache-Control": "no-store",
    },
  });
}
