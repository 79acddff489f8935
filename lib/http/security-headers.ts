import crypto from "node:crypto";
import { splitLocalePath } from "@/lib/i18n/paths";

/**
 * Who may frame what. Embeds exist to be framed by any site; every other page is denied to stop clickjacking
 * (frame-ancestors for current browsers, X-Frame-Options for old ones).
 */
export const EMBED_FRAME_ANCESTORS = "frame-ancestors *";
export const SITE_FRAME_ANCESTORS = "frame-ancestors 'self'";

const PERMISSIONS_POLICY = [
  "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
  "microphone=()", "payment=()", "usb=()", "browsing-topics=()",
].join(", ");

/** A fresh nonce for one response's scripts. */
export function createNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/** An embed's path, in any locale ("/embed/outlook", "/zh-CN/embed/wechat"). */
export function isEmbedPath(path: string): boolean {
  const p = splitLocalePath(path).path;
  return p === "/embed" || p.startsWith("/embed/");
}

/**
 * The Content-Security-Policy of a page: scripts only with this response's nonce (Next puts it on its own
 * scripts; 'strict-dynamic' lets those load the rest), nothing from other origins, no plugins, no <base> tricks,
 * forms only to this site, workers (the alerts service worker) only from this site, and framing as isEmbedPath says. Styles may be inline: charts set style attributes.
 */
export function buildContentSecurityPolicy({ path, nonce, dev }: { path: string; nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The alerts service worker: a worker falls back to script-src, where 'strict-dynamic' drops 'self' and a worker
    // script cannot carry a nonce, so it is allowed by name of origin here.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    isEmbedPath(path) ? EMBED_FRAME_ANCESTORS : SITE_FRAME_ANCESTORS,
  ].join("; ");
}

/**
 * Pages that hold something of one reader's: the operator area (its session) and alert management (a subscriber's
 * token, this browser's subscriptions). They are cut off from any window that opened them or that they open
 * (Cross-Origin-Opener-Policy), so another site cannot keep a handle on them to probe or re-navigate them.
 * The public pages are the same for every reader and hold nothing to probe; there the header would cost every first
 * visit on a phone a new renderer process (Android does not isolate sites by process, so it is this header that forces
 * one), which Lighthouse measured at 6–13 points on the front and service pages (README, "Page speed").
 */
export function isOpenerIsolated(path: string): boolean {
  return /^\/(admin|alerts)(\/|$)/.test(splitLocalePath(path).path);
}

/** Headers every response carries, whatever route answers it. */
export function buildSecurityHeaders({ path, nonce, dev, https }: { path: string; nonce: string; dev: boolean; https: boolean }): Record<string, string> {
  const embed = isEmbedPath(path);
  return {
    "Content-Security-Policy": buildContentSecurityPolicy({ path, nonce, dev }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(embed ? {} : { "X-Frame-Options": "DENY" }),
    ...(isOpenerIsolated(path) ? { "Cross-Origin-Opener-Policy": "same-origin" } : {}),
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** The intake endpoints answer JSON or a redirect, never a page: nothing may run or frame there. */
export const INTAKE_SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};
