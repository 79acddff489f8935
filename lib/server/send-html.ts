import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";

/**
 * A response the server made itself (pages, fragments, the page script), sent as Next sends its own: gzip'd when
 * the client takes it (on a phone's connection the markup is most of the wait), with its length, and no body for
 * HEAD. With `etag`, a client that already has these bytes gets a bodiless 304 (a page polling every 30 s mostly
 * does). The security headers are already on `res`.
 */
export function sendBody(req: IncomingMessage, res: ServerResponse, { status, body, headers, etag = false }: { status: number; body: string | Buffer; headers: Record<string, string>; etag?: boolean }): void {
  const all: Record<string, string> = { ...headers };
  all.Vary = all.Vary ? `${all.Vary}, Accept-Encoding` : "Accept-Encoding";
  if (etag) {
    all.ETag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    if (status === 200 && req.headers["if-none-match"] === all.ETag) {
      res.writeHead(304, all);
      return void res.end();
    }
  }
  const gzip = new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
  const bytes = gzip ? gzipSync(body) : Buffer.from(body);
  if (gzip) all["Content-Encoding"] = "gzip";
  all["Content-Length"] = String(bytes.length);
  res.writeHead(status, all);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/** A page (or a part of one) the server rendered itself. */
export function sendHtml(req: IncomingMessage, res: ServerResponse, { status, body, headers, etag }: { status: number; body: string; headers: Record<string, string>; etag?: boolean }): void {
  sendBody(req, res, { status, body, etag, headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });
}

/** Pages are read, never posted to. */
export function refuseMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === "GET" || req.method === "HEAD") return false;
  res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
  res.end("Method not allowed");
  return true;
}
