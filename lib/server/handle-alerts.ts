import type { IncomingMessage, ServerResponse } from "node:http";
import { headerSource } from "./header-source";
import { confirmSubscription, deleteSubscription, unsubscribeByToken } from "@/lib/alerts/manage-subscription";
import { clientRateKey } from "@/lib/alerts/rate-keys";
import { SubscriptionIdSchema, SubscriptionInputSchema, TokenSchema } from "@/lib/alerts/schemas";
import { subscribe } from "@/lib/alerts/subscribe";
import { readVapidKeys } from "@/lib/alerts/vapid-keys";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { Env } from "@/lib/config/env";
import { makeApiError } from "@/lib/http/api-error";
import { toFieldErrors } from "@/lib/http/field-errors";
import { DEFAULT_LOCALE, parseLocale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { INTAKE_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { readRequestClient } from "@/lib/privacy/read-request-client";
import { readDailySalt } from "@/lib/privacy/daily-salt";
import type { Stores } from "@/lib/stores/stores";
import { readBody } from "./read-body";

const BASE = "/api/v1/subscriptions";
const PUSH_KEY = "/api/v1/alerts/push-key";
const MAX_SUBSCRIPTION_BYTES = 8 * 1024;

/** True for the alert routes this server answers without Next (they write, and need the client's address). */
export function isAlertsRequest(pathname: string): boolean {
  return pathname === BASE || pathname.startsWith(`${BASE}/`) || pathname === PUSH_KEY;
}

export interface AlertsDeps {
  stores: Stores;
  env: Env;
  trustedProxyHops: number;
  /** Alerts may go to private addresses (ALERTS_ALLOW_PRIVATE=1, tests). */
  allowPrivate: boolean;
  emailEnabled: boolean;
  /** Wakes the delivery worker: a new subscription's first message goes out now, not at the next poll. */
  kick: () => void;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text), "Cache-Control": "no-store", ...INTAKE_SECURITY_HEADERS, ...headers });
  res.end(text);
}
const fail = (res: ServerResponse, status: number, code: string, message: string, fields?: Record<string, string>, headers?: Record<string, string>) =>
  send(res, status, makeApiError(code, message, fields), headers);

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, "Cache-Control": "no-store", ...INTAKE_SECURITY_HEADERS });
  res.end();
}

/** A page the form came from, in the language it named (its `lang` field), e.g. /zh-CN/alerts/confirm?done=1. */
const backTo = (form: URLSearchParams, path: string) => localizePath(parseLocale(form.get("lang")) ?? DEFAULT_LOCALE, path);

/**
 * The subscription API and the links in alert mails:
 * POST /api/v1/subscriptions, DELETE /api/v1/subscriptions/:id (bearer secret), POST /api/v1/subscriptions/confirm
 * (the confirmation page's form), POST /api/v1/subscriptions/unsubscribe?token= (RFC 8058 one-click, and the
 * unsubscribe page's form; a GET is sent to that page), GET /api/v1/alerts/push-key.
 */
export async function handleAlerts(req: IncomingMessage, res: ServerResponse, deps: AlertsDeps): Promise<void> {
  const url = new URL(req.url ?? "/", "http://x");
  const path = url.pathname;
  const method = req.method ?? "GET";
  const { stores } = deps;
  const now = Date.now();

  if (path === PUSH_KEY) {
    if (method !== "GET" && method !== "HEAD") return fail(res, 405, "method_not_allowed", "Use GET.", undefined, { Allow: "GET" });
    const keys = await readVapidKeys({ alerts: stores.alerts, env: deps.env, origin: resolvePublicOrigin(headerSource(req), deps.env), now });
    return send(res, 200, { publicKey: keys.publicKey }, { "Cache-Control": "public, max-age=3600" });
  }

  if (path === `${BASE}/unsubscribe`) {
    const token = TokenSchema.safeParse(url.searchParams.get("token") ?? "");
    // The link in a mail carries the subscription's language, so the page it leads to speaks it.
    if (method === "GET" || method === "HEAD") return redirect(res, backTo(url.searchParams, `/alerts/unsubscribe?token=${encodeURIComponent(url.searchParams.get("token") ?? "")}`));
    if (method !== "POST") return fail(res, 405, "method_not_allowed", "Use POST.", undefined, { Allow: "GET, POST" });
    const body = await readBody(req, 4096);
    if (!body.ok) return body.reason === "aborted" ? undefined : fail(res, 413, "payload_too_large", "The body is too large.");
    const form = new URLSearchParams(body.text);
    const done = token.success ? await unsubscribeByToken({ alerts: stores.alerts, token: token.data }) : { ok: false };
    if (form.get("from") === "page") return redirect(res, backTo(form, `/alerts/unsubscribe?${done.ok ? "done=1" : "unknown=1"}`));
    // One-click: the mail client only needs to know it worked; an unknown token is an address already gone.
    return send(res, 200, { unsubscribed: true });
  }

  if (path === `${BASE}/confirm`) {
    if (method !== "POST") return fail(res, 405, "method_not_allowed", "Use POST (the confirmation page's button).", undefined, { Allow: "POST" });
    const body = await readBody(req, 4096);
    if (!body.ok) return body.reason === "aborted" ? undefined : fail(res, 413, "payload_too_large", "The body is too large.");
    const form = new URLSearchParams(body.text);
    const token = TokenSchema.safeParse(form.get("token") ?? "");
    const done = token.success ? await confirmSubscription({ alerts: stores.alerts, token: token.data, now }) : { ok: false };
    return redirect(res, backTo(form, `/alerts/confirm?${done.ok ? "done=1" : "unknown=1"}`));
  }

  if (path === BASE) {
    if (method !== "POST") return fail(res, 405, "method_not_allowed", "Use POST to subscribe.", undefined, { Allow: "POST" });
    const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/json") {
      req.resume();
      return fail(res, 415, "unsupported_media_type", "Send the subscription as application/json.");
    }
    const body = await readBody(req, MAX_SUBSCRIPTION_BYTES);
    if (!body.ok) return body.reason === "aborted" ? undefined : fail(res, 413, "payload_too_large", `A subscription must be under ${MAX_SUBSCRIPTION_BYTES} bytes.`);
    let raw: unknown;
    try {
      raw = JSON.parse(body.text);
    } catch {
      return fail(res, 400, "invalid_json", "The body is not valid JSON.");
    }
    const parsed = SubscriptionInputSchema.safeParse(raw);
    if (!parsed.success) return fail(res, 400, "invalid_body", "The subscription is not valid.", toFieldErrors(parsed.error));
    const { ip } = readRequestClient(req, deps.trustedProxyHops);
    const salt = await readDailySalt({ salts: stores.reports, now });
    const result = await subscribe({
      alerts: stores.alerts,
      catalog: await readCatalog(stores.catalog),
      input: parsed.data,
      origin: resolvePublicOrigin(headerSource(req), deps.env),
      clientKey: clientRateKey(salt, ip),
      now,
      allowPrivate: deps.allowPrivate,
      emailEnabled: deps.emailEnabled,
    });
    if (!result.ok) return fail(res, result.status, result.code, result.message, result.fields, result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : {});
    deps.kick();
    return send(res, 202, result.body);
  }

  const id = path.slice(BASE.length + 1);
  if (method !== "DELETE") return fail(res, 405, "method_not_allowed", "Use DELETE with the subscription's secret as a bearer token.", undefined, { Allow: "DELETE" });
  req.resume();
  if (!SubscriptionIdSchema.safeParse(id).success) return fail(res, 404, "not_found", "No such subscription.");
  const auth = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ""));
  const result = await deleteSubscription({ alerts: stores.alerts, id, bearer: auth?.[1] ?? null });
  if (!result.ok) return fail(res, result.status, result.code, result.message, undefined, result.status === 401 ? { "WWW-Authenticate": 'Bearer realm="subscription"' } : {});
  res.writeHead(204, { "Cache-Control": "no-store", ...INTAKE_SECURITY_HEADERS });
  res.end();
}
