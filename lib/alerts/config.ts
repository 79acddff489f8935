/** Every delivery attempt (webhook, chat, push, mail) is cut after this. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** A receiver's answer is read up to this size (the challenge echo is small; the rest is ignored). */
export const RESPONSE_MAX_BYTES = 64 * 1024;
/** A delivery is retried for this long after its first attempt, then dead-lettered and its subscription paused. */
export const RETRY_WINDOW_MS = 24 * 60 * 60_000;
/** The first retry waits about this long; each next one about three times longer (see retry-policy.ts). */
export const RETRY_BASE_MS = 5_000;
/** No single wait is longer than this, so a receiver that comes back is served within hours, not a day. */
export const RETRY_MAX_DELAY_MS = 6 * 60 * 60_000;
/** Deliveries in flight at once across all endpoints (each endpoint has at most one). */
export const WORKER_CONCURRENCY = 64;
/** How long a web push waits at the push service if the browser is offline: an outage alert is stale after a day. */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;
/** Services one subscription may name. */
export const MAX_SUBSCRIPTION_SERVICES = 100;
/** New subscriptions one client may create per hour (all kinds), and confirmation mails one address may get per day. */
export const CLIENT_SUBSCRIBE_LIMIT = 20;
export const CLIENT_SUBSCRIBE_WINDOW_MS = 60 * 60_000;
export const ADDRESS_CONFIRM_LIMIT = 3;
export const ADDRESS_CONFIRM_WINDOW_MS = 24 * 60 * 60_000;
/** Alert mails one address may get per hour, whatever it subscribed to: a flood of outages is summarised by the site, not the inbox. */
export const ADDRESS_ALERT_LIMIT = 20;
export const ADDRESS_ALERT_WINDOW_MS = 60 * 60_000;
/** A pending subscription (challenge or confirmation not answered) is forgotten after this. */
export const PENDING_TTL_MS = 7 * 24 * 60 * 60_000;
/** Delivery history kept per subscription for the operator (older rows are pruned). */
export const HISTORY_KEEP_MS = 30 * 24 * 60 * 60_000;
/** How long a node holds an endpoint it is delivering to (renewed before each attempt); a killed node's claim lapses then. */
export const ENDPOINT_CLAIM_MS = 15_000;
/** How often the worker looks for events to fan out and deliveries due, on every node. */
export const WORKER_POLL_MS = 500;
/** Dead letters in a row after which a subscription is paused (one dead letter is a day of failures). */
export const PAUSE_AFTER_DEAD_LETTERS = 1;
/** Events fanned out per poll (each one statement, however many subscribers). */
export const FAN_OUT_BATCH = 20;
