import { parse as parseCookies } from "cookie";
import { ADMIN_COOKIE, MAX_ADMIN_BODY_BYTES } from "@/lib/admin/config";
import { checkAdminAccess } from "@/lib/admin/check-access";
import { makeApiError, type ApiErrorBody } from "@/lib/http/api-error";

export interface Refusal {
  status: number;
  body: ApiErrorBody | string;
  headers?: Record<string, string>;
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Route handlers that take a sign-in or sign-out form; they parse what they get themselves. */
const SESSION_PATHS = new Set(["/admin/session", "/admin/session/end"]);

/**
 * Refuses, before Next sees it, what no route can answer well: a path that does not decode (Next would fail with a
 * 500), any write to the read-only public API (Next would answer an HTML or empty 405), and any other write except
 * the operator's (Next parses every POST to a page as a possible server action, and a malformed one as a 500).
 * Null: pass it on.
 */
export function screenRequest(
  req: { method: string; url: string; cookie?: string; authorization?: string; contentLength?: string },
  adminToken: string,
  now: number,
): Refusal | null {
  const path = req.url.split("?")[0];
  const api = path.startsWith("/api/");
  try {
    decodeURIComponent(req.url);
  } catch {
    return { status: 400, body: api ? makeApiError("bad_path", "The path is not validly percent-encoded.") : "Bad request: the path is not validly percent-encoded.\n" };
  }
  if (READ_METHODS.has(req.method)) return null;
  if (api) {
    return { status: 405, body: makeApiError("method_not_allowed", "The public API is read-only; reports are POSTed to /api/v1/reports."), headers: { Allow: "GET, HEAD, OPTIONS" } };
  }
  if (adminToken && path.startsWith("/admin")) {
    if (SESSION_PATHS.has(path)) return null;
    if (!checkAdminAccess({ token: adminToken, cookie: parseCookies(req.cookie ?? "")[ADMIN_COOKIE], authorization: req.authorization, now })) return { status: 403, body: "Forbidden: sign in at /admin first.\n" };
    // Said up front, so nothing that large is read. The operator's forms are route handlers, which read whatever
    // comes: a body without a length (browsers and curl always send one for a form or file) is refused outright.
    if (req.contentLength === undefined || req.contentLength === "") return { status: 411, body: "Length required: an operator's form must say how large it is.\n" };
    if (Number(req.contentLength) > MAX_ADMIN_BODY_BYTES) return { status: 413, body: `Payload too large: an operator's form may send up to ${Math.round(MAX_ADMIN_BODY_BYTES / 1024 / 1024)} MB.\n` };
    return null;
  }
  return { status: 405, body: "Method not allowed: this page only answers GET.\n", headers: { Allow: "GET, HEAD" } };
}
