import crypto from "node:crypto";
import { Webhook } from "standardwebhooks";

/** A new endpoint's signing secret, Standard Webhooks style: `whsec_` and 32 random bytes in base64. */
export function createWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64")}`;
}

export const isWebhookSecret = (s: string) => /^whsec_[A-Za-z0-9+/]{43}=$/.test(s);

/**
 * The three Standard Webhooks headers for one attempt: the id stays the same on every retry, the timestamp is the
 * attempt's (receivers reject old timestamps to stop replays), and the signature covers `id.timestamp.body`.
 */
export function signWebhook({ secret, id, body, now }: { secret: string; id: string; body: string; now: number }): Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string> {
  const at = new Date(Math.floor(now / 1000) * 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(at.getTime() / 1000),
    "webhook-signature": new Webhook(secret).sign(id, at, body),
  };
}

/** Constant-time comparison of a presented secret with the stored one (DELETE with the secret as bearer token). */
export function secretsMatch(presented: string, stored: string): boolean {
  const a = crypto.createHash("sha256").update(presented).digest();
  const b = crypto.createHash("sha256").update(stored).digest();
  return crypto.timingSafeEqual(a, b);
}
