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
 * forms only to this site, and framing as isEmbedPath says. Styles may be inline: charts set style attributes.
 */
export function buildContentSecurityPolicy({ path, nonce, dev }: { path: string; nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    isEmbedPath(path) ? EMBED_FRAME_ANCESTORS : SITE_FRAME_ANCESTORS,
  ].join("; ");
}

/** Headers every response carries, whatever route answers it. */
export function buildSecurityHeaders({ path, nonce, dev, https }: { path: string; nonce: string; dev: boolean; https: boolean }): Record<string, string> {
  const embed = isEmbedPath(path);
  return {
    "Content-Security-Policy": buildContentSecurityPolicy({ path, nonce, dev }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(embed ? {} : { "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin" }),
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
