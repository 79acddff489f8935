import { z } from "zod";
import { EVENT_TYPES } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/config";
import { CHAT_FORMATS } from "./chat-formats";
import { MAX_SUBSCRIPTION_SERVICES } from "./config";

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "must be a service slug such as \"outlook\"");
const services = z.array(slug).max(MAX_SUBSCRIPTION_SERVICES, `at most ${MAX_SUBSCRIPTION_SERVICES} services`).default([]);
const groups = z.boolean().default(false);
/** The event types wanted; absent: every type. Stored sorted and without repeats. */
const events = z
  .array(z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(", ")}` }))
  .min(1, "name at least one event type (or leave events out for all of them)")
  .transform((list) => [...new Set(list)].sort())
  .optional();
/** The language the subscription's messages are written in (a page subscribes in its own). */
const lang = z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default(DEFAULT_LOCALE);
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).max(2000, "must be at most 2000 characters");

const WebhookInput = z.object({
  kind: z.literal("webhook"),
  url: httpUrl,
  services,
  groups,
  events,
  lang,
  format: z.enum(["standard", ...CHAT_FORMATS]).default("standard"),
});

const EmailInput = z.object({
  kind: z.literal("email"),
  email: z.email("must be an email address").max(254, "must be at most 254 characters"),
  services,
  groups,
  events,
  lang,
});

const PushInput = z.object({
  kind: z.literal("push"),
  // What PushSubscription.toJSON() gives.
  subscription: z.object({
    endpoint: httpUrl,
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      p256dh: z.string().regex(/^[A-Za-z0-9_-]{87}={0,1}$/, "must be the browser's P-256 key (base64url)"),
      auth: z.string().regex(/^[A-Za-z0-9_-]{22}(==)?$/, "must be the browser's 16-byte auth secret (base64url)"),
    }),
  }),
  services,
  groups,
  events,
  lang,
});

/** POST /api/v1/subscriptions. A subscription names at least one service, or asks for group alerts. */
export const SubscriptionInputSchema = z
  .discriminatedUnion("kind", [WebhookInput, EmailInput, PushInput], { error: 'kind must be "webhook", "email" or "push"' })
  .refine((v) => v.services.length > 0 || v.groups, { path: ["services"], message: "name at least one service (or ask for groups)" })
  // A filter that leaves nothing this subscription could ever get is a mistake worth naming.
  .refine((v) => !v.events || (v.services.length > 0 && v.events.some((e) => e !== "group.opened")) || (v.groups && v.events.includes("group.opened")), {
    path: ["events"],
    message: 'no event could reach this subscription: group.opened needs "groups": true, the others need services',
  });

export type SubscriptionInput = z.infer<typeof SubscriptionInputSchema>;

export const SubscriptionIdSchema = z.string().regex(/^sub_[A-Za-z0-9_-]{22}$/);
export const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
