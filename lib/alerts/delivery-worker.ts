import { ADDRESS_ALERT_LIMIT, ADDRESS_ALERT_WINDOW_MS, DELIVERY_TIMEOUT_MS, ENDPOINT_CLAIM_MS, FAN_OUT_BATCH, PAUSE_AFTER_DEAD_LETTERS, WORKER_CONCURRENCY, WORKER_POLL_MS } from "./config";
import { addressRateKey, windowStart } from "./rate-keys";
import { gateStore } from "./gate-store";
import { planRetry, type RetryConfig } from "./retry-policy";
import { sendDelivery, type SendContext, type SendResult } from "./send-delivery";
import type { AlertStore, AttemptNext, DueDelivery } from "./store/alert-store";

/** Deliveries read per endpoint at a time. */
const DUE_BATCH = 10;

export interface WorkerDeps {
  alerts: AlertStore;
  /** Built per poll: the catalog may change. */
  context: () => Promise<SendContext>;
  node: string;
  clock?: () => number;
  random?: () => number;
  retry?: RetryConfig;
  concurrency?: number;
  pollMs?: number;
  /** The worker's store calls in flight at once (1 on SQLite, whose one connection intake shares; more on PostgreSQL). */
  dbSlots?: number;
  /** Told of every attempt (logs, benchmarks). */
  onAttempt?: (d: DueDelivery, result: SendResult) => void;
}

/**
 * Delivers the outbox on every node: fans new events out into deliveries, then claims endpoints with due deliveries
 * (one conditional statement, so nodes never share an endpoint) and sends each endpoint's deliveries one after the
 * other, up to `concurrency` endpoints at once. A failed attempt is retried with backoff for 24 h, then dead-lettered
 * and its subscription paused. Nothing is removed from the queue before its answer is recorded: a node killed
 * mid-send leaves the delivery queued, and the next claim (after ENDPOINT_CLAIM_MS) sends it again, same webhook-id.
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private readonly active = new Map<string, Promise<void>>();
  private stopped = false;
  private again = false;
  private held = 0;
  private readonly clock: () => number;
  private readonly concurrency: number;
  private readonly deps: WorkerDeps;

  constructor(deps: WorkerDeps) {
    this.deps = { ...deps, alerts: gateStore(deps.alerts, deps.dbSlots ?? 1) };
    this.clock = deps.clock ?? Date.now;
    this.concurrency = deps.concurrency ?? WORKER_CONCURRENCY;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.poll(), this.deps.pollMs ?? WORKER_POLL_MS);
    this.timer.unref();
    void this.poll();
  }

  /** One round now (after a tick wrote events): fan out, claim, start sending. Joins a round in progress. */
  poll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.polling ??= this.round()
      .catch((error) => console.error("[alerts] worker:", error instanceof Error ? error.message : error))
      .finally(() => {
        this.polling = null;
        if (this.again) {
          this.again = false;
          void this.poll();
        }
      });
    return this.polling;
  }

  /** A slot came free: claim more now rather than at the next poll (after the round in progress, if one is). */
  private kick(): void {
    if (this.polling) this.again = true;
    else void this.poll();
  }

  /**
   * Runs `fn` (the detection tick) with the worker held: no new claims, and endpoints stop after their current send,
   * so a fan-out to thousands never competes with the tick for the database or the CPU.
   */
  async pauseWhile<T>(fn: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      return await fn();
    } finally {
      this.held--;
      if (this.held === 0) this.kick();
    }
  }

  /** Resolves once nothing is queued, claimable or in flight (tests, benchmarks). */
  async drain(): Promise<void> {
    for (;;) {
      await this.poll();
      if (this.active.size === 0) {
        const counts = await this.deps.alerts.countDeliveries();
        await this.poll();
        if (this.active.size === 0 && counts.queued === 0) return;
      }
      await Promise.race([...this.active.values(), new Promise((r) => setTimeout(r, 50))]);
    }
  }

  /** One round and the sends it started (tests step the clock between rounds). */
  async runOnce(): Promise<void> {
    // A round already running read an earlier clock: let it finish, then run one that reads the clock now.
    while (this.polling) await this.polling;
    await this.poll();
    await Promise.all([...this.active.values()]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.polling;
    await Promise.all([...this.active.values()]);
  }

  private async round(): Promise<void> {
    const { alerts, node } = this.deps;
    for (;;) {
      const { events } = await alerts.fanOut(this.clock(), FAN_OUT_BATCH);
      if (events < FAN_OUT_BATCH) break;
    }
    const free = this.concurrency - this.active.size;
    if (free <= 0 || this.held > 0) return;
    const now = this.clock();
    const endpoints = await alerts.claimEndpoints(node, now, now + ENDPOINT_CLAIM_MS, free);
    if (endpoints.length === 0) return;
    const ctx = await this.deps.context();
    for (const endpoint of endpoints) {
      const run = this.serve(endpoint, ctx)
        .catch((error) => console.error("[alerts] endpoint:", error instanceof Error ? error.message : error))
        .finally(() => {
          this.active.delete(endpoint);
          if (!this.stopped && this.held === 0) this.kick();
        });
      this.active.set(endpoint, run);
    }
  }

  /** Sends one endpoint's due deliveries in order, one at a time; stops at the first that must wait. */
  private async serve(endpoint: string, ctx: SendContext): Promise<void> {
    const { alerts, node } = this.deps;
    // The claim just made holds this long; each later attempt renews it first.
    let heldUntil = this.clock() + ENDPOINT_CLAIM_MS;
    try {
      for (;;) {
        const due = await alerts.readDue(endpoint, this.clock(), DUE_BATCH);
        if (due.length === 0) return;
        for (const d of due) {
          if (this.stopped || this.held > 0) return;
          // Each attempt starts with a fresh claim: a node that lost it (paused past its claim) stops here.
          if (heldUntil - this.clock() < ENDPOINT_CLAIM_MS - DELIVERY_TIMEOUT_MS / 2) {
            heldUntil = this.clock() + ENDPOINT_CLAIM_MS;
            if (!(await alerts.renewEndpoint(endpoint, node, heldUntil))) return;
          }
          if (!(await this.deliver(d, ctx))) return;
        }
        // A short batch was all that was due: what comes due later is claimed afresh.
        if (due.length < DUE_BATCH) return;
      }
    } finally {
      await alerts.releaseEndpoint(endpoint, node).catch(() => {});
    }
  }

  /** One attempt, recorded; true when the endpoint may take the next delivery now. */
  private async deliver(d: DueDelivery, ctx: SendContext): Promise<boolean> {
    const { alerts } = this.deps;
    const sub = d.subscription;
    const started = this.clock();
    // Only what the subscription's state allows: events to active ones, its first message while pending.
    if (sub.status === "paused" || (d.purpose === "event" && sub.status !== "active")) {
      await alerts.recordAttempt(d.id, { at: started, outcome: "skipped", detail: `subscription ${sub.status}`, durationMs: 0 }, { state: "skipped" });
      return true;
    }
    // A flood of outages is for the site to summarise, not the inbox: past the hourly cap, alert mails are skipped.
    if (sub.kind === "email" && d.purpose === "event" && d.attempts === 0) {
      const sent = await alerts.hitRateLimit(addressRateKey("mail", sub.target), windowStart(started, ADDRESS_ALERT_WINDOW_MS));
      if (sent > ADDRESS_ALERT_LIMIT) {
        await alerts.recordAttempt(d.id, { at: started, outcome: "skipped", detail: `over ${ADDRESS_ALERT_LIMIT} alert mails this hour`, durationMs: 0 }, { state: "skipped" });
        return true;
      }
    }
    const result = await sendDelivery(d, ctx, started);
    const at = this.clock();
    const attempt = { at, durationMs: at - started };
    this.deps.onAttempt?.(d, result);
    if (result.kind === "delivered") {
      await alerts.recordAttempt(d.id, { ...attempt, outcome: "delivered", detail: null }, { state: "delivered" });
      if (result.activate) await alerts.activateSubscription(sub.id, at);
      return true;
    }
    if (result.kind === "gone") {
      await alerts.recordAttempt(d.id, { ...attempt, outcome: "gone", detail: result.reason }, { state: "dead" });
      // An expired browser subscription is deleted; a webhook that says Gone (or was refused) is paused for the operator.
      if (sub.kind === "push") await alerts.deleteSubscription(sub.id);
      else if (sub.status === "active") await alerts.pauseSubscription(sub.id, result.reason, at);
      return true;
    }
    const next = planRetry({ attempts: d.attempts + 1, firstAttemptAt: d.firstAttemptAt ?? started, now: at, retryAfterMs: result.retryAfterMs, random: (this.deps.random ?? Math.random)(), config: this.deps.retry });
    const plan: AttemptNext = next === null ? { state: "dead" } : { state: "queued", nextAttemptAt: next };
    const { deadLetters } = await alerts.recordAttempt(d.id, { ...attempt, outcome: "failed", detail: result.reason }, plan);
    if (plan.state === "dead" && deadLetters >= PAUSE_AFTER_DEAD_LETTERS && sub.status === "active") {
      await alerts.pauseSubscription(sub.id, `undeliverable for 24 h (last: ${result.reason})`, at);
    }
    return false;
  }
}
