import { nameIn, type Catalog } from "@/lib/catalog/read-catalog";
import type { EventServiceRef, OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { OutboundError, safeFetch, type Resolve } from "@/lib/net/safe-fetch";
import { buildVerifyPayload, isChallengeAnswered } from "./challenge";
import { formatChatMessage, formatChatWelcome, type ChatFormat } from "./chat-formats";
import { DELIVERY_TIMEOUT_MS, RESPONSE_MAX_BYTES } from "./config";
import { buildAlertMail, buildConfirmationMail } from "./email-messages";
import type { Mailer } from "./mailer";
import { toPayload } from "./payload";
import { buildPushMessage, buildPushRequest, type VapidKeys } from "./push-request";
import { judgeAnswer, type AttemptOutcome } from "./retry-policy";
import type { DueDelivery, SubscriptionRow } from "./store/alert-store";
import { confirmUrl, unsubscribeUrl } from "./subscription-links";
import { signWebhook } from "./webhook-signing";

export interface SendContext {
  /** Names the services of a verify or welcome message. */
  catalog: Catalog;
  serviceIdsOf: (subscriptionId: string) => Promise<number[]>;
  vapid: () => Promise<VapidKeys>;
  mailer: Mailer | null;
  allowPrivate: boolean;
  resolve?: Resolve;
}

/** How an attempt went; `activate` when it proved the endpoint (challenge echoed, first chat message accepted). */
export type SendResult = AttemptOutcome & { activate?: boolean };

const USER_AGENT = "Downwire-Alerts/1 (+https://github.com/downwire)";

async function post(url: string, body: string | Buffer, headers: Record<string, string>, ctx: SendContext) {
  return safeFetch(url, { method: "POST", body, headers: { "User-Agent": USER_AGENT, ...headers }, timeoutMs: DELIVERY_TIMEOUT_MS, maxBytes: RESPONSE_MAX_BYTES, maxRedirects: 0, allowPrivate: ctx.allowPrivate, resolve: ctx.resolve });
}

/** The subscription's services, named in `locale` (a webhook's JSON keeps the API's English names). */
async function serviceRefs(sub: SubscriptionRow, ctx: SendContext, locale: Locale = DEFAULT_LOCALE): Promise<EventServiceRef[]> {
  const ids = await ctx.serviceIdsOf(sub.id);
  return ids.map((id) => ctx.catalog.findById(id)).filter((s) => s !== undefined).map((s) => ({ slug: s.slug, name: nameIn(s, locale) }));
}

const asEvent = (d: DueDelivery): OutboxEvent => ({ id: d.event!.id, type: d.event!.type, occurredAt: d.event!.occurredAt, serviceIds: d.event!.serviceIds, data: d.event!.data });

/**
 * One attempt at one delivery: builds the message for its subscription's kind and format, sends it (HTTP through
 * safeFetch, mail through SMTP) and judges the answer. Never throws: every failure is an outcome.
 */
export async function sendDelivery(d: DueDelivery, ctx: SendContext, now: number): Promise<SendResult> {
  try {
    return await attempt(d, ctx, now);
  } catch (error) {
    if (error instanceof OutboundError) {
      // A private address is refused for good: retrying cannot make it public (and must not probe it again).
      if (error.reason === "private_address" || error.reason === "bad_url") return { kind: "gone", reason: error.message };
      return { kind: "failed", reason: error.reason === "timeout" ? `timeout after ${DELIVERY_TIMEOUT_MS / 1000} s` : error.message, retryAfterMs: null };
    }
    return { kind: "failed", reason: error instanceof Error ? error.message.slice(0, 300) : String(error), retryAfterMs: null };
  }
}

async function attempt(d: DueDelivery, ctx: SendContext, now: number): Promise<SendResult> {
  const sub = d.subscription;
  if (sub.kind === "email") {
    if (!ctx.mailer) return { kind: "failed", reason: "SMTP_URL is not configured", retryAfterMs: null };
    const mail =
      d.purpose === "confirm"
        ? buildConfirmationMail({ to: sub.target, services: (await serviceRefs(sub, ctx, sub.locale)).map((s) => s.name), confirmUrl: confirmUrl(sub), origin: sub.origin, locale: sub.locale })
        : buildAlertMail({ to: sub.target, event: asEvent(d), origin: sub.origin, unsubscribeUrl: unsubscribeUrl(sub), locale: sub.locale });
    await ctx.mailer.send(mail);
    return { kind: "delivered" };
  }
  if (sub.kind === "push") {
    const event = asEvent(d);
    const req = buildPushRequest({ subscription: { endpoint: sub.target, p256dh: sub.pushP256dh!, auth: sub.pushAuth! }, message: buildPushMessage(event, sub.origin, sub.locale), keys: await ctx.vapid(), urgent: event.data.verdict === "outage", now });
    const res = await post(req.endpoint, req.body, req.headers, ctx);
    return judgeAnswer({ status: res.status, retryAfter: res.headers["retry-after"], now, push: true });
  }
  if (sub.format !== "standard") {
    const format = sub.format as ChatFormat;
    const body = d.purpose === "welcome" ? formatChatWelcome(format, (await serviceRefs(sub, ctx, sub.locale)).map((s) => s.name), sub.origin, sub.locale) : formatChatMessage(format, asEvent(d), sub.origin, sub.locale);
    const res = await post(sub.target, JSON.stringify(body), { "Content-Type": "application/json" }, ctx);
    const outcome = judgeAnswer({ status: res.status, retryAfter: res.headers["retry-after"], now, push: false });
    return d.purpose === "welcome" && outcome.kind === "delivered" ? { ...outcome, activate: true } : outcome;
  }
  if (d.purpose === "verify") {
    const body = JSON.stringify(buildVerifyPayload({ challenge: sub.challenge ?? "", subscriptionId: sub.id, services: await serviceRefs(sub, ctx), groups: sub.groups, events: sub.events, now }));
    const res = await post(sub.target, body, { "Content-Type": "application/json", ...signWebhook({ secret: sub.secret, id: d.messageId, body, now }) }, ctx);
    const outcome = judgeAnswer({ status: res.status, retryAfter: res.headers["retry-after"], now, push: false });
    if (outcome.kind !== "delivered") return outcome;
    // A 2xx without the challenge is a server that did not ask for this: stop, do not retry.
    if (!sub.challenge || !isChallengeAnswered(res.status, res.body, sub.challenge)) return { kind: "gone", reason: `HTTP ${res.status} without the challenge` };
    return { kind: "delivered", activate: true };
  }
  const body = JSON.stringify(toPayload(asEvent(d), sub.origin, sub.locale));
  const res = await post(sub.target, body, { "Content-Type": "application/json", ...signWebhook({ secret: sub.secret, id: d.messageId, body, now }) }, ctx);
  return judgeAnswer({ status: res.status, retryAfter: res.headers["retry-after"], now, push: false });
}
