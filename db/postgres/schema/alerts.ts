import { bigint, index, integer, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { services } from "./services";

// The PostgreSQL twin of db/sqlite/schema/alerts.ts (comments live there).
export const eventOutbox = pgTable(
  "event_outbox",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    occurredAt: bigint("occurred_at", { mode: "number" }).notNull(),
    serviceIds: text("service_ids").notNull(),
    data: text("data").notNull(),
    createdAt: bigint("created_at", { mode: "number" }).notNull(),
    fannedAt: bigint("fanned_at", { mode: "number" }),
  },
  (t) => [index("event_outbox_unfanned").on(t.fannedAt, t.createdAt)],
);

export const alertSubscriptions = pgTable(
  "alert_subscriptions",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["webhook", "email", "push"] }).notNull(),
    format: text("format").notNull(),
    target: text("target").notNull(),
    endpoint: text("endpoint").notNull(),
    pushP256dh: text("push_p256dh"),
    pushAuth: text("push_auth"),
    secret: text("secret").notNull(),
    token: text("token").notNull(),
    groups: integer("groups").notNull(),
    events: text("events"),
    /** The language its mails, notifications and chat messages are written in (en, zh-CN): the page it subscribed from. */
    locale: text("locale").notNull().default("en"),
    status: text("status", { enum: ["pending", "active", "paused"] }).notNull(),
    challenge: text("challenge"),
    origin: text("origin").notNull(),
    createdAt: bigint("created_at", { mode: "number" }).notNull(),
    activatedAt: bigint("activated_at", { mode: "number" }),
    pausedAt: bigint("paused_at", { mode: "number" }),
    pauseReason: text("pause_reason"),
    deadLetters: integer("dead_letters").notNull().default(0),
  },
  (t) => [uniqueIndex("alert_subscriptions_token").on(t.token), index("alert_subscriptions_target").on(t.kind, t.target), index("alert_subscriptions_status").on(t.status, t.createdAt)],
);

export const alertSubscriptionServices = pgTable(
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

export const alertEndpoints = pgTable("alert_endpoints", {
  endpoint: text("endpoint").primaryKey(),
  claimedBy: text("claimed_by"),
  claimUntil: bigint("claim_until", { mode: "number" }),
});

export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    id: serial("id").primaryKey(),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => alertSubscriptions.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    eventId: text("event_id"),
    purpose: text("purpose").notNull(),
    messageId: text("message_id").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    state: text("state", { enum: ["queued", "delivered", "dead", "skipped"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    firstAttemptAt: bigint("first_attempt_at", { mode: "number" }),
    nextAttemptAt: bigint("next_attempt_at", { mode: "number" }).notNull(),
    lastAttemptAt: bigint("last_attempt_at", { mode: "number" }),
    lastError: text("last_error"),
    createdAt: bigint("created_at", { mode: "number" }).notNull(),
    doneAt: bigint("done_at", { mode: "number" }),
  },
  (t) => [
    uniqueIndex("alert_deliveries_dedupe").on(t.subscriptionId, t.dedupeKey),
    index("alert_deliveries_due").on(t.state, t.endpoint, t.nextAttemptAt),
    index("alert_deliveries_done").on(t.doneAt),
  ],
);

export const alertAttempts = pgTable(
  "alert_attempts",
  {
    id: serial("id").primaryKey(),
    deliveryId: integer("delivery_id")
      .notNull()
      .references(() => alertDeliveries.id, { onDelete: "cascade" }),
    at: bigint("at", { mode: "number" }).notNull(),
    outcome: text("outcome").notNull(),
    detail: text("detail"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [index("alert_attempts_delivery").on(t.deliveryId)],
);

export const alertVapidKeys = pgTable("alert_vapid_keys", {
  id: integer("id").primaryKey(),
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  createdAt: bigint("created_at", { mode: "number" }).notNull(),
});

export const alertRateLimits = pgTable(
  "alert_rate_limits",
  {
    key: text("key").notNull(),
    windowStart: bigint("window_start", { mode: "number" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("alert_rate_limits_window").on(t.windowStart)],
);
