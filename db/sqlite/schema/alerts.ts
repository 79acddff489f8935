import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { services } from "./services";

/**
 * The outbox: events (lib/events) written in the same transaction as the change they announce (an incident opened,
 * escalated or closed, a group formed, a vendor's acknowledgement stored). Any node fans each one out to deliveries once (`fanned_at` claims it).
 */
export const eventOutbox = sqliteTable(
  "event_outbox",
  {
    /** Stable id (makeEventId): a replayed tick inserts nothing twice. Also the webhook-id receivers see. */
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    occurredAt: integer("occurred_at").notNull(),
    /** JSON array of catalog ids the event concerns. */
    serviceIds: text("service_ids").notNull(),
    /** JSON EventData (links site-relative). */
    data: text("data").notNull(),
    createdAt: integer("created_at").notNull(),
    /** Set by the node that turned it into deliveries; NULL = not yet fanned out. */
    fannedAt: integer("fanned_at"),
  },
  (t) => [index("event_outbox_unfanned").on(t.fannedAt, t.createdAt)],
);

/**
 * Who wants alerts: a webhook or chat URL, a confirmed email address or a browser's push subscription. Addresses and
 * endpoints are kept only to deliver, and deleted with the subscription (DELETE, one-click unsubscribe, or a pending
 * one never confirmed).
 */
export const alertSubscriptions = sqliteTable(
  "alert_subscriptions",
  {
    /** Public id (sub_…), used in DELETE /api/v1/subscriptions/:id. */
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["webhook", "email", "push"] }).notNull(),
    /** webhook: standard (Standard Webhooks JSON) or slack | discord | teams; email and push: standard. */
    format: text("format").notNull(),
    /** The URL, the address (lower-cased) or the push service endpoint. */
    target: text("target").notNull(),
    /** Groups deliveries to one receiver: at most one in flight per endpoint. */
    endpoint: text("endpoint").notNull(),
    /** Push only: the browser's P-256 key and auth secret (base64url). */
    pushP256dh: text("push_p256dh"),
    pushAuth: text("push_auth"),
    /** whsec_…: signs webhooks and authorises DELETE; returned once at creation. */
    secret: text("secret").notNull(),
    /** Random token in the email's confirm and unsubscribe links. */
    token: text("token").notNull(),
    /** 1: also group.opened events about its services (or about any service when it names none). */
    groups: integer("groups").notNull(),
    /** JSON array of the event types it wants (lib/events EVENT_TYPES); NULL = every type. */
    events: text("events"),
    /** The language its mails, notifications and chat messages are written in (en, zh-CN): the page it subscribed from. */
    locale: text("locale").notNull().default("en"),
    status: text("status", { enum: ["pending", "active", "paused"] }).notNull(),
    /** The challenge a webhook endpoint must echo before it is activated. */
    challenge: text("challenge"),
    /** The site origin links in its alerts point to (PUBLIC_URL, else the origin it subscribed through). */
    origin: text("origin").notNull(),
    createdAt: integer("created_at").notNull(),
    activatedAt: integer("activated_at"),
    pausedAt: integer("paused_at"),
    pauseReason: text("pause_reason"),
    /** Deliveries dead-lettered in a row; reset by a success. */
    deadLetters: integer("dead_letters").notNull().default(0),
  },
  (t) => [uniqueIndex("alert_subscriptions_token").on(t.token), index("alert_subscriptions_target").on(t.kind, t.target), index("alert_subscriptions_status").on(t.status, t.createdAt)],
);

/** Which services a subscription follows. */
export const alertSubscriptionServices = sqliteTable(
  "alert_subscription_services",
  {
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => alertSubscriptions.id, { onDelete: "cascade" }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.subscriptionId, t.serviceId] }), index("alert_subscription_services_service").on(t.serviceId)],
);

/**
 * One receiver (URL, address, push endpoint), claimed by one node at a time so deliveries to it go one after another
 * (per-endpoint concurrency 1) in order.
 */
export const alertEndpoints = sqliteTable("alert_endpoints", {
  endpoint: text("endpoint").primaryKey(),
  claimedBy: text("claimed_by"),
  /** The claim lapses then (ms), so a node killed mid-delivery leaves nothing stuck. */
  claimUntil: integer("claim_until"),
});

/**
 * One message to one subscription: an event, or the subscription's own verify / welcome / confirmation message.
 * Kept after delivery (or dead-lettering) as the operator's delivery history, pruned after 30 days.
 */
export const alertDeliveries = sqliteTable(
  "alert_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => alertSubscriptions.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    /** The event (event_outbox id), or NULL for the subscription's own messages. */
    eventId: text("event_id"),
    /** verify | welcome | confirm | event */
    purpose: text("purpose").notNull(),
    /** The webhook-id: the same on every attempt. */
    messageId: text("message_id").notNull(),
    /** One delivery per subscription per key: the event id, or for email the incident stage (one mail per stage). */
    dedupeKey: text("dedupe_key").notNull(),
    state: text("state", { enum: ["queued", "delivered", "dead", "skipped"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    firstAttemptAt: integer("first_attempt_at"),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastAttemptAt: integer("last_attempt_at"),
    /** The last answer: "HTTP 500", "timeout", … */
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    doneAt: integer("done_at"),
  },
  (t) => [
    uniqueIndex("alert_deliveries_dedupe").on(t.subscriptionId, t.dedupeKey),
    index("alert_deliveries_due").on(t.state, t.endpoint, t.nextAttemptAt),
    index("alert_deliveries_done").on(t.doneAt),
  ],
);

/** Every attempt of a delivery, for the operator's history. */
export const alertAttempts = sqliteTable(
  "alert_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    deliveryId: integer("delivery_id")
      .notNull()
      .references(() => alertDeliveries.id, { onDelete: "cascade" }),
    at: integer("at").notNull(),
    /** delivered | failed | gone | refused */
    outcome: text("outcome").notNull(),
    detail: text("detail"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [index("alert_attempts_delivery").on(t.deliveryId)],
);

/** The site's VAPID key pair when VAPID_* are not set: made once by whichever node needs it first. */
export const alertVapidKeys = sqliteTable("alert_vapid_keys", {
  id: integer("id").primaryKey(),
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  createdAt: integer("created_at").notNull(),
});

/** Fixed-window counters shared by all nodes: subscriptions per client, confirmation and alert mails per address. Keys are hashes. */
export const alertRateLimits = sqliteTable(
  "alert_rate_limits",
  {
    key: text("key").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("alert_rate_limits_window").on(t.windowStart)],
);
