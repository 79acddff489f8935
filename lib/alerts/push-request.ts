import crypto from "node:crypto";
import webpush from "web-push";
import type { OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { PUSH_TTL_SECONDS } from "./config";
import { describeAlert } from "./describe-alert";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** Who runs this push sender (https: URL or mailto:), sent to push services in the VAPID token. */
  subject: string;
}

export interface PushKeys {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What the service worker shows. */
export interface PushMessage {
  title: string;
  body: string;
  url: string;
  /** Same tag, same notification: a newer alert about a service replaces the older one on screen. */
  tag: string;
  timestamp: number;
}

export function buildPushMessage(event: OutboxEvent, origin: string, locale: Locale = DEFAULT_LOCALE): PushMessage {
  const a = describeAlert(event, origin, locale);
  const tag = event.data.group ? `group-${event.data.group.id}` : `service-${event.data.service?.slug ?? event.data.services[0]?.slug ?? "downwire"}`;
  return { title: a.title, body: a.body, url: a.url, tag, timestamp: event.occurredAt };
}

export interface PushRequest {
  endpoint: string;
  headers: Record<string, string>;
  body: Buffer;
}

// A VAPID token is an ES256 signature: made once per push service (audience) and reused for an hour, not per message.
const TOKEN_LIFETIME_S = 12 * 60 * 60;
const TOKEN_REUSE_MS = 60 * 60_000;
const tokens = new Map<string, { authorization: string; until: number }>();

function vapidAuthorization(audience: string, keys: VapidKeys, now: number): string {
  const key = `${audience}|${keys.publicKey}`;
  const hit = tokens.get(key);
  if (hit && hit.until > now) return hit.authorization;
  const headers = webpush.getVapidHeaders(audience, keys.subject, keys.publicKey, keys.privateKey, "aes128gcm", Math.floor(now / 1000) + TOKEN_LIFETIME_S);
  tokens.set(key, { authorization: headers.Authorization, until: now + TOKEN_REUSE_MS });
  if (tokens.size > 1000) tokens.delete(tokens.keys().next().value!);
  return headers.Authorization;
}

/**
 * The request a push service expects (RFC 8030), with the message encrypted for the browser's keys (RFC 8291,
 * aes128gcm) and signed for our VAPID key (RFC 8292) by web-push; it is sent with safeFetch, not by web-push, so the
 * address checks apply. Outage alerts are urgent; a topic per service lets the push service keep only the newest.
 */
export function buildPushRequest({ subscription, message, keys, urgent, now }: { subscription: PushKeys; message: PushMessage; keys: VapidKeys; urgent: boolean; now: number }): PushRequest {
  const audience = new URL(subscription.endpoint).origin;
  // No vapidDetails: the Authorization header above is the (cached) VAPID token.
  const details = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, JSON.stringify(message), {
    headers: { Authorization: vapidAuthorization(audience, keys, now) },
    TTL: PUSH_TTL_SECONDS,
    urgency: urgent ? "high" : "normal",
    topic: crypto.createHash("sha256").update(message.tag).digest("base64url").slice(0, 32),
    contentEncoding: "aes128gcm",
  });
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(details.headers)) if (k.toLowerCase() !== "content-length") headers[k] = String(v);
  return { endpoint: details.endpoint, headers, body: details.body ?? Buffer.alloc(0) };
}

/** A fresh VAPID key pair (P-256), base64url as browsers take the public one. */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys();
}
