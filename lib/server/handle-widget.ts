import type { IncomingMessage, ServerResponse } from "node:http";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { EMBED_PAGE_CACHE_CONTROL } from "@/lib/http/route-cache-headers";
import { headerSource } from "./header-source";
import { refuseMethod, sendHtml } from "./send-html";
import { renderWidget } from "@/app/embed/render-widget";

export { isWidgetPath } from "@/app/embed/render-widget";

/**
 * The embeds (the live widget and incident charts), answered beside Next rather than by it: an App Router page ships
 * React and the router (~150 KB of script, most of a phone's first second spent starting them) to every reader of
 * every article that embeds one.
 * The security headers are already on `res`; `nonce` is the one its CSP allows.
 */
export async function handleWidget(req: IncomingMessage, res: ServerResponse, nonce: string): Promise<void> {
  if (refuseMethod(req, res)) return;
  const url = new URL(req.url ?? "/", "http://widget.invalid");
  const widget = await renderWidget({ pathname: url.pathname, search: url.searchParams, nonce, origin: resolvePublicOrigin(headerSource(req)), now: Date.now() });
  sendHtml(req, res, { status: widget.status, body: widget.body, headers: { "Cache-Control": widget.status === 200 ? EMBED_PAGE_CACHE_CONTROL : "no-store" } });
}
