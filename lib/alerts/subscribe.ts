import crypto from "node:crypto";
import type { Catalog } from "@/lib/catalog/read-catalog";
import { checkOutboundUrl, OutboundError, type Resolve } from "@/lib/net/safe-fetch";
import { createChallenge } from "./challenge";
import { ADDRESS_CONFIRM_LIMIT, ADDRESS_CONFIRM_WINDOW_MS, CLIENT_SUBSCRIBE_LIMIT, CLIENT_SUBSCRIBE_WINDOW_MS } from "./config";
import { addressRateKey, windowStart } from "./rate-keys";
import type { SubscriptionInput } from "./schemas";
import type { AlertStore, NewSubscription } from "./store/alert-store";
import { createWebhookSecret } from "./webhook-signing";

export type SubscribeResult =
  | { ok: true; status: 202; body: { id: string; secret: string; status: "pending" | "active" } }
  | { ok: false; status: 400 | 429 | 501; code: string; message: string; fields?: Record<string, string>; retryAfterSeconds?: number };

const randomId = (bytes: number) => crypto.randomBytes(bytes).toString("base64url");

/**
 * Creates a subscription from a validated request. A webhook starts pending and is sent a signed challenge; a chat
 * webhook a welcome message (its first success activates it); an address a confirmation mail; a browser's push
 * subscription is active at once (the browser's permission prompt was the consent). Refused: unknown services,
 * loopback or private endpoints (unless `allowPrivate`), clients and addresses over their limits.
 */
export async function subscribe({ alerts, catalog, input, origin, clientKey, now, allowPrivate, resolve, emailEnabled }: {
  alerts: AlertStore;
  catalog: Catalog;
  input: SubscriptionInput;
  origin: string;
  clientKey: string;
  now: number;
  allowPrivate: boolean;
  resolve?: Resolve;
  emailEnabled: boolean;
}): Promise<SubscribeResult> {
  const fields: Record<string, string> = {};
  const serviceIds: number[] = [];
  input.services.forEach((slug, i) => {
    const service = catalog.find(slug);
    if (service) serviceIds.push(service.id);
    else fields[`services.${i}`] = `no service called "${slug}"`;
  });
  if (Object.keys(fields).length) return { ok: false, status: 400, code: "unknown_service", message: "Some services are not in the catalog.", fields };
  if (input.kind === "email" && !emailEnabled) return { ok: false, status: 501, code: "email_unavailable", message: "This site does not send email alerts (no SMTP_URL configured)." };

  const url = input.kind === "webhook" ? input.url : input.kind === "push" ? input.subscription.endpoint : null;
  if (url) {
    const field = input.kind === "webhook" ? "url" : "subscription.endpoint";
    if (!allowPrivate && !url.startsWith("https:") && input.kind === "push") return { ok: false, status: 400, code: "invalid_body", message: "A push endpoint must be https.", fields: { [field]: "must be https://" } };
    try {
      await checkOutboundUrl(url, { allowPrivate, resolve });
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      const code = error.reason === "private_address" ? "private_address" : "unreachable_url";
      return { ok: false, status: 400, code, message: code === "private_address" ? "Alerts are not sent to loopback, private or link-local addresses." : "The URL's host cannot be resolved.", fields: { [field]: error.message } };
    }
  }

  const clientWindow = windowStart(now, CLIENT_SUBSCRIBE_WINDOW_MS);
  if ((await alerts.hitRateLimit(clientKey, clientWindow)) > CLIENT_SUBSCRIBE_LIMIT) {
    return { ok: false, status: 429, code: "rate_limited", message: `At most ${CLIENT_SUBSCRIBE_LIMIT} subscriptions per hour from one client.`, retryAfterSeconds: Math.ceil((clientWindow + CLIENT_SUBSCRIBE_WINDOW_MS - now) / 1000) };
  }
  if (input.kind === "email") {
    const addressWindow = windowStart(now, ADDRESS_CONFIRM_WINDOW_MS);
    if ((await alerts.hitRateLimit(addressRateKey("confirm", input.email), addressWindow)) > ADDRESS_CONFIRM_LIMIT) {
      return { ok: false, status: 429, code: "rate_limited", message: `At most ${ADDRESS_CONFIRM_LIMIT} confirmation mails per day to one address.`, retryAfterSeconds: Math.ceil((addressWindow + ADDRESS_CONFIRM_WINDOW_MS - now) / 1000) };
    }
  }

  const id = `sub_${randomId(16)}`;
  const base = { id, secret: createWebhookSecret(), token: randomId(24), groups: input.groups, events: input.events ?? null, locale: input.lang, origin, createdAt: now, serviceIds, pushP256dh: null, pushAuth: null, challenge: null };
  let sub: NewSubscription;
  if (input.kind === "webhook") {
    const standard = input.format === "standard";
    sub = {
      ...base,
      kind: "webhook",
      format: input.format,
      target: input.url,
      endpoint: `url:${input.url}`,
      status: "pending",
      challenge: standard ? createChallenge() : null,
      first: { purpose: standard ? "verify" : "welcome", messageId: `msg_${standard ? "verify" : "welcome"}_${id.slice(4)}` },
    };
  } else if (input.kind === "email") {
    const address = input.email.toLowerCase();
    sub = { ...base, kind: "email", format: "standard", target: address, endpoint: `mail:${address}`, status: "pending", first: { purpose: "confirm", messageId: `msg_confirm_${id.slice(4)}` } };
  } else {
    const p = input.subscription;
    sub = { ...base, kind: "push", format: "standard", target: p.endpoint, endpoint: `push:${p.endpoint}`, pushP256dh: p.keys.p256dh, pushAuth: p.keys.auth, status: "active", first: null };
  }
  await alerts.createSubscription(sub, now);
  return { ok: true, status: 202, body: { id, secret: sub.secret, status: sub.status === "active" ? "active" : "pending" } };
}
