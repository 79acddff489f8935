import { makeApiError, type ApiErrorBody } from "@/lib/http/api-error";

export interface Refusal {
  status: number;
  body: ApiErrorBody | string;
  headers?: Record<string, string>;
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses, before Next sees it, what no route can answer well: a path that does not decode (Next would fail with a
 * 500) and any write to the read-only public API (Next would answer an HTML or empty 405). Null: pass it on.
 */
export function screenRequest(method: string, rawPath: string): Refusal | null {
  const api = rawPath.startsWith("/api/");
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { status: 400, body: api ? makeApiError("bad_path", "The path is not validly percent-encoded.") : "Bad request: the path is not validly percent-encoded.\n" };
  }
  if (api && !READ_METHODS.has(method)) {
    return { status: 405, body: makeApiError("method_not_allowed", "The public API is read-only; reports are POSTed to /api/v1/reports."), headers: { Allow: "GET, HEAD, OPTIONS" } };
  }
  return null;
}
