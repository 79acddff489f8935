import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";

/**
 * A page the server rendered itself (embeds, the front page), sent as Next sends its pages: gzip'd when the client
 * takes it (on a phone's connection the markup is most of the wait), with its length, and no body for HEAD.
 * The security headers are already on `res`.
 */
export function sendHtml(req: IncomingMessage, res: ServerResponse, { status, body, headers }: { status: number; body: string; headers: Record<string, string> }): void {
  const all: Record<string, string> = { "Content-Type": "text/html; charset=utf-8", ...headers };
  all.Vary = all.Vary ? `${all.Vary}, Accept-Encoding` : "Accept-Encoding";
  const gzip = new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
  const bytes = gzip ? gzipSync(body) : Buffer.from(body);
  if (gzip) all["Content-Encoding"] = "gzip";
  all["Content-Length"] = String(bytes.length);
  res.writeHead(status, all);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/** Pages are read, never posted to. */
export function refuseMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === "GET" || req.method === "HEAD") return false;
  res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
  res.end("Method not allowed");
  return true;
}
