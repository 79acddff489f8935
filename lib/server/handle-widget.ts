import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { EMBED_PAGE_CACHE_CONTROL } from "@/lib/http/route-cache-headers";
import { headerSource } from "./header-source";
import { renderWidget } from "@/app/embed/render-widget";

export { isWidgetPath } from "@/app/embed/render-widget";

/**
 * The embeds (the live widget and incident charts), answered beside Next rather than by it: an App Router page ships
 * React and the router (~150 KB of script, most of a phone's first second spent starting them) to every reader of
 * every article that embeds one.
 * The security headers are already on `res`; `nonce` is the one its CSP allows.
 */
export async function handleWidget(req: IncomingMessage, res: ServerResponse, nonce: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
    return void res.end("Method not allowed");
  }
  const url = new URL(req.url ?? "/", "http://widget.invalid");
  const widget = await renderWidget({ pathname: url.pathname, search: url.searchParams, nonce, origin: resolvePublicOrigin(headerSource(req)), now: Date.now() });
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": widget.status === 200 ? EMBED_PAGE_CACHE_CONTROL : "no-store",
    Vary: "Accept-Encoding",
  };
  // Compressed as Next compresses its pages: on a phone's connection the chart's markup is most of the wait.
  const gzip = new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
  const body = gzip ? gzipSync(widget.body) : Buffer.from(widget.body);
  if (gzip) headers["Content-Encoding"] = "gzip";
  headers["Content-Length"] = String(body.length);
  res.writeHead(widget.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
