import type { EventData, EventType } from "@/lib/events/event-types";
import type { Locale } from "@/lib/i18n/config";

export type SubscriptionKind = "webhook" | "email" | "push";
export type SubscriptionFormat = "standard" | "slack" | "discord" | "teams";
export type SubscriptionStatus = "pending" | "active" | "paused";
/** What a delivery carries: an event, or the subscription's own first message. */
export type DeliveryPurpose = "event" | "verify" | "welcome" | "confirm";
export type DeliveryState = "queued" | "delivered" | "dead" | "skipped";

export interface SubscriptionRow {
  id: string;
  kind: SubscriptionKind;
  format: SubscriptionFormat;
  target: string;
  endpoint: string;
  pushP256dh: string | null;
  pushAuth: string | null;
  secret: string;
  token: string;
  groups: boolean;
  /** The event types it wants; null: every type. */
  events: EventType[] | null;
  /** The language its messages are written in. */
  locale: Locale;
  status: SubscriptionStatus;
  challenge: string | null;
  origin: string;
  createdAt: number;
  activatedAt: number | null;
  pausedAt: number | null;
  pauseReason: string | null;
  deadLetters: number;
}

export interface NewSubscription extends Omit<SubscriptionRow, "activatedAt" | "pausedAt" | "pauseReason" | "deadLetters"> {
  serviceIds: number[];
  /** The message queued with it (verify, welcome, confirm), or none (push). */
  first: { purpose: Exclude<DeliveryPurpose, "event">; messageId: string } | null;
}

/** A delivery due now, with what sending it needs: its subscription and (for events) the event. */
export interface DueDelivery {
  id: number;
  purpose: DeliveryPurpose;
  messageId: string;
  attempts: number;
  firstAttemptAt: number | null;
  subscription: SubscriptionRow;
  event: { id: string; type: EventType; occurredAt: number; serviceIds: number[]; data: EventData } | null;
}

export interface AttemptRecord {
  at: number;
  outcome: "delivered" | "failed" | "gone" | "skipped";
  detail: string | null;
  durationMs: number;
}

/** Where a delivery goes after an attempt: due again later, or finished. */
export type AttemptNext = { state: "queued"; nextAttemptAt: number } | { state: "delivered" | "dead" | "skipped" };

export interface DeliveryHistoryRow {
  id: number;
  purpose: DeliveryPurpose;
  messageId: string;
  eventType: string | null;
  state: DeliveryState;
  attempts: number;
  createdAt: number;
  lastAttemptAt: number | null;
  nextAttemptAt: number;
  lastError: string | null;
}

export interface SubscriptionSummary extends Omit<SubscriptionRow, "secret" | "token" | "challenge" | "pushP256dh" | "pushAuth"> {
  services: number;
  queued: number;
  delivered: number;
  dead: number;
}

/** Subscriptions, the outbox's fan-out and the delivery queue: shared by every node (claims are conditional updates). */
export interface AlertStore {
  /** The subscription, its services, its endpoint row and its first message, in one transaction. */
  createSubscription(sub: NewSubscription, now: number): Promise<void>;
  readSubscription(id: string): Promise<SubscriptionRow | null>;
  readSubscriptionByToken(token: string): Promise<SubscriptionRow | null>;
  readSubscriptionServiceIds(id: string): Promise<number[]>;
  /** Deletes it with its deliveries and history; false when there was none. */
  deleteSubscription(id: string): Promise<boolean>;
  /** pending or paused -> active; false when it is not there. */
  activateSubscription(id: string, now: number): Promise<boolean>;
  /** active -> paused, with its queued deliveries skipped. */
  pauseSubscription(id: string, reason: string, now: number): Promise<void>;

  /** Counts one more hit on `key` in the window starting at `windowStart`; resolves with the count including it. */
  hitRateLimit(key: string, windowStart: number): Promise<number>;

  /** Turns up to `limit` events not yet fanned out into deliveries to every active subscription they concern. */
  fanOut(now: number, limit: number): Promise<{ events: number; deliveries: number }>;
  /** Claims up to `limit` endpoints with due deliveries that no node holds, until `until`; one statement. */
  claimEndpoints(node: string, now: number, until: number, limit: number): Promise<string[]>;
  /** Extends this node's claim; false when it lapsed and another node took it. */
  renewEndpoint(endpoint: string, node: string, until: number): Promise<boolean>;
  releaseEndpoint(endpoint: string, node: string): Promise<void>;
  readDue(endpoint: string, now: number, limit: number): Promise<DueDelivery[]>;
  /** Records an attempt and the delivery's next state; a dead letter counts against its subscription, a success clears the count. */
  recordAttempt(deliveryId: number, attempt: AttemptRecord, next: AttemptNext): Promise<{ deadLetters: number }>;

  /** The stored VAPID key pair, storing `fresh` first if there is none (the first node to ask wins). */
  readOrStoreVapidKeys(fresh: { publicKey: string; privateKey: string }, now: number): Promise<{ publicKey: string; privateKey: string }>;

  listSubscriptions(limit: number): Promise<SubscriptionSummary[]>;
  readDeliveryHistory(subscriptionId: string, limit: number): Promise<DeliveryHistoryRow[]>;
  readAttempts(deliveryId: number): Promise<AttemptRecord[]>;
  /** Queue depth for health and benchmarks. */
  countDeliveries(): Promise<Record<DeliveryState, number>>;
  /** Forgets pending subscriptions older than `pendingBefore`, finished deliveries and fanned events older than `historyBefore`, and old rate windows. */
  prune(pendingBefore: number, historyBefore: number): Promise<void>;
}
