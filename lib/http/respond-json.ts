import crypto from "node:crypto";
import { makeApiError } from "./api-error";
import { cachedRead, type ReadScope } from "@/lib/cache/read-cache";

export interface CachePolicy {
  /** Seconds a browser or CDN may reuse the answer without asking. */
  maxAge: number;
  /** Seconds a CDN may serve it stale while it refetches. */
  staleWhileRevalidate: number;
}

/** Live data: short enough for a 30 s poll to see new reports, long enough for a CDN to absorb a surge. */
export const LIVE_CACHE: CachePolicy = { maxAge: 15, staleWhileRevalidate: 30 };
/** Slow-changing data such as the catalog list. */
export const CATALOG_CACHE: CachePolicy = { maxAge: 30, staleWhileRevalidate: 120 };

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
};

export function makeEtag(body: string | Uint8Array): string {
  return `W/"${crypto.createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
}

export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => t.trim() === etag || t.trim() === "*" || t.trim() === etag.slice(2));
}

export function formatCacheControl(policy: CachePolicy): string {
  return `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
}

/** A public, CORS-open JSON answer with an ETag; 304 when the client already has it. */
export function respondJson(request: Request, data: unknown, policy: CachePolicy): Response {
  const body = JSON.stringify(data);
  return respondBody(request, body, makeEtag(body), policy);
}

/**
 * respondJson for a read that is the same for everyone: the data, its JSON and its ETag are computed once per
 * `key` for a few seconds (see lib/cache/read-cache.ts), so a surge of readers or embeds costs one query.
 */
export async function respondCachedJson(request: Request, key: string, now: number, scope: ReadScope, read: () => unknown, policy: CachePolicy): Promise<Response> {
  const { body, etag } = await cachedRead(`json:${key}`, now, scope, async () => {
    const text = JSON.stringify(await read());
    return { body: text, etag: makeEtag(text) };
  });
  return respondBody(request, body, etag, policy);
}

function respondBody(request: Request, body: string, etag: string, policy: CachePolicy): Response {
  const headers = {
    ...CORS_HEADERS,
    ETag: etag,
    "Cache-Control": formatCacheControl(policy),
    Vary: "Accept-Encoding",
  };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** A JSON error in the API's one shape; errors are never cached. */
export function respondError(status: number, code: string, message: string, fields?: Record<string, string>): Response {
  return new Response(JSON.stringify(makeApiError(code, message, fields)), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Answer to a CORS preflight for the read API. */
export function respondPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}
