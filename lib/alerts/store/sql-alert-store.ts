import { inIds, type SqlClient } from "@/db/sql-client";
import type { EventData, EventType } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { stageKey } from "../stage-key";
import type {
  AlertStore,
  AttemptNext,
  AttemptRecord,
  DeliveryHistoryRow,
  DeliveryState,
  DueDelivery,
  NewSubscription,
  SubscriptionRow,
  SubscriptionSummary,
} from "./alert-store";

const SUB_COLUMNS = `s.id, s.kind, s.format, s.target, s.endpoint, s.push_p256dh AS "pushP256dh", s.push_auth AS "pushAuth", s.secret, s.token,
  s.groups, s.events, s.locale, s.status, s.challenge, s.origin, s.created_at AS "createdAt", s.activated_at AS "activatedAt", s.paused_at AS "pausedAt",
  s.pause_reason AS "pauseReason", s.dead_letters AS "deadLetters"`;

type RawSub = Omit<SubscriptionRow, "groups" | "events" | "locale"> & { groups: number | boolean; events: string | null; locale: string };
// A language this version no longer serves falls back to the default rather than failing the delivery.
const toLocale = (value: string): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
const toSub = (r: RawSub): SubscriptionRow => ({ ...r, groups: Boolean(r.groups), events: r.events === null ? null : (JSON.parse(r.events) as EventType[]), locale: toLocale(r.locale) });

/** The alert store in SQL both dialects run. */
export class SqlAlertStore implements AlertStore {
  constructor(private readonly sql: SqlClient) {}

  createSubscription(sub: NewSubscription, now: number): Promise<void> {
    return this.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO alert_subscriptions (id, kind, format, target, endpoint, push_p256dh, push_auth, secret, token, groups, events, locale, status, challenge, origin, created_at, activated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [sub.id, sub.kind, sub.format, sub.target, sub.endpoint, sub.pushP256dh, sub.pushAuth, sub.secret, sub.token, sub.groups ? 1 : 0, sub.events ? JSON.stringify(sub.events) : null, sub.locale, sub.status, sub.challenge, sub.origin, sub.createdAt, sub.status === "active" ? now : null],
      );
      for (const serviceId of new Set(sub.serviceIds)) await tx.run("INSERT INTO alert_subscription_services (subscription_id, service_id) VALUES (?, ?)", [sub.id, serviceId]);
      await tx.run("INSERT INTO alert_endpoints (endpoint) VALUES (?) ON CONFLICT (endpoint) DO NOTHING", [sub.endpoint]);
      if (sub.first) {
        await tx.run(
          `INSERT INTO alert_deliveries (subscription_id, endpoint, event_id, purpose, message_id, dedupe_key, state, attempts, next_attempt_at, created_at)
           VALUES (?, ?, NULL, ?, ?, ?, 'queued', 0, ?, ?)`,
          [sub.id, sub.endpoint, sub.first.purpose, sub.first.messageId, sub.first.purpose, now, now],
        );
      }
    });
  }

  async readSubscription(id: string): Promise<SubscriptionRow | null> {
    const r = await this.sql.get<RawSub>(`SELECT ${SUB_COLUMNS} FROM alert_subscriptions s WHERE s.id = ?`, [id]);
    return r ? toSub(r) : null;
  }

  async readSubscriptionByToken(token: string): Promise<SubscriptionRow | null> {
    const r = await this.sql.get<RawSub>(`SELECT ${SUB_COLUMNS} FROM alert_subscriptions s WHERE s.token = ?`, [token]);
    return r ? toSub(r) : null;
  }

  async readSubscriptionServiceIds(id: string): Promise<number[]> {
    const rows = await this.sql.all<{ serviceId: number }>(`SELECT service_id AS "serviceId" FROM alert_subscription_services WHERE subscription_id = ? ORDER BY service_id`, [id]);
    return rows.map((r) => r.serviceId);
  }

  deleteSubscription(id: string): Promise<boolean> {
    // Children first: PostgreSQL cascades, but an SQLite connection may not enforce foreign keys.
    return this.sql.transaction(async (tx) => {
      await tx.run("DELETE FROM alert_attempts WHERE delivery_id IN (SELECT id FROM alert_deliveries WHERE subscription_id = ?)", [id]);
      await tx.run("DELETE FROM alert_deliveries WHERE subscription_id = ?", [id]);
      await tx.run("DELETE FROM alert_subscription_services WHERE subscription_id = ?", [id]);
      return (await tx.run("DELETE FROM alert_subscriptions WHERE id = ?", [id])) > 0;
    });
  }

  async activateSubscription(id: string, now: number): Promise<boolean> {
    const changed = await this.sql.run(
      "UPDATE alert_subscriptions SET status = 'active', activated_at = COALESCE(activated_at, ?), paused_at = NULL, pause_reason = NULL, dead_letters = 0, challenge = NULL WHERE id = ?",
      [now, id],
    );
    return changed > 0;
  }

  pauseSubscription(id: string, reason: string, now: number): Promise<void> {
    return this.sql.transaction(async (tx) => {
      await tx.run("UPDATE alert_subscriptions SET status = 'paused', paused_at = ?, pause_reason = ? WHERE id = ? AND status = 'active'", [now, reason, id]);
      await tx.run("UPDATE alert_deliveries SET state = 'skipped', done_at = ?, last_error = ? WHERE subscription_id = ? AND state = 'queued'", [now, "subscription paused", id]);
    });
  }

  async hitRateLimit(key: string, windowStart: number): Promise<number> {
    // A write that returns rows runs in a transaction of its own: on SQLite, outside one it could join another caller's.
    const row = await this.sql.transaction((tx) => tx.get<{ count: number }>(
      `INSERT INTO alert_rate_limits (key, window_start, count) VALUES (?, ?, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = alert_rate_limits.count + 1 RETURNING count`,
      [key, windowStart],
    ));
    return Number(row!.count);
  }

  async fanOut(now: number, limit: number): Promise<{ events: number; deliveries: number }> {
    const pending = await this.sql.all<{ id: string; type: EventType; serviceIds: string; data: string }>(
      `SELECT id, type, service_ids AS "serviceIds", data FROM event_outbox WHERE fanned_at IS NULL ORDER BY created_at, id LIMIT ?`,
      [limit],
    );
    let events = 0;
    let deliveries = 0;
    for (const p of pending) {
      const serviceIds = (JSON.parse(p.serviceIds) as number[]).filter((n) => Number.isSafeInteger(n));
      const data = JSON.parse(p.data) as EventData;
      const stage = stageKey({ id: p.id, type: p.type, serviceIds, data });
      const follows = `EXISTS (SELECT 1 FROM alert_subscription_services ss WHERE ss.subscription_id = s.id AND ss.service_id ${inIds(serviceIds)})`;
      // A group event goes to subscriptions that asked for groups and follow one of its services (or name none).
      const about =
        p.type === "group.opened" ? `s.groups = 1 AND (${follows} OR NOT EXISTS (SELECT 1 FROM alert_subscription_services sx WHERE sx.subscription_id = s.id))` : follows;
      // A subscription that chose its event types gets only those (`events` holds them as a JSON array of names).
      const match = `${about} AND (s.events IS NULL OR s.events LIKE ?)`;
      const added = await this.sql.transaction(async (tx) => {
        // The claim: only the node whose update changes the row fans this event out.
        if ((await tx.run("UPDATE event_outbox SET fanned_at = ? WHERE id = ? AND fanned_at IS NULL", [now, p.id])) !== 1) return null;
        return tx.run(
          `INSERT INTO alert_deliveries (subscription_id, endpoint, event_id, purpose, message_id, dedupe_key, state, attempts, next_attempt_at, created_at)
           SELECT s.id, s.endpoint, ?, 'event', ?, CASE WHEN s.kind = 'email' THEN ? ELSE ? END, 'queued', 0, ?, ?
           FROM alert_subscriptions s WHERE s.status = 'active' AND ${match}
           ON CONFLICT (subscription_id, dedupe_key) DO NOTHING`,
          [p.id, p.id, stage, p.id, now, now, `%${JSON.stringify(p.type)}%`],
        );
      });
      if (added === null) continue;
      events++;
      deliveries += added;
    }
    return { events, deliveries };
  }

  // No ORDER BY: walking the (state, endpoint, next_attempt_at) index, the scan stops at `limit` endpoints instead of
  // aggregating the whole queue on every claim (a fan-out queues thousands); every due endpoint still comes round.
  async claimEndpoints(node: string, now: number, until: number, limit: number): Promise<string[]> {
    const rows = await this.sql.transaction((tx) => tx.all<{ endpoint: string }>(
      `UPDATE alert_endpoints SET claimed_by = ?, claim_until = ?
       WHERE endpoint IN (
         SELECT d.endpoint FROM alert_deliveries d JOIN alert_endpoints e ON e.endpoint = d.endpoint
         WHERE d.state = 'queued' AND d.next_attempt_at <= ? AND (e.claim_until IS NULL OR e.claim_until < ?)
         GROUP BY d.endpoint LIMIT ?)
       AND (claim_until IS NULL OR claim_until < ?)
       RETURNING endpoint`,
      [node, until, now, now, limit, now],
    ));
    return rows.map((r) => r.endpoint);
  }

  async renewEndpoint(endpoint: string, node: string, until: number): Promise<boolean> {
    return (await this.sql.run("UPDATE alert_endpoints SET claim_until = ? WHERE endpoint = ? AND claimed_by = ?", [until, endpoint, node])) === 1;
  }

  async releaseEndpoint(endpoint: string, node: string): Promise<void> {
    await this.sql.run("UPDATE alert_endpoints SET claimed_by = NULL, claim_until = NULL WHERE endpoint = ? AND claimed_by = ?", [endpoint, node]);
  }

  async readDue(endpoint: string, now: number, limit: number): Promise<DueDelivery[]> {
    const rows = await this.sql.all<
      RawSub & { deliveryId: number; purpose: DueDelivery["purpose"]; messageId: string; attempts: number; firstAttemptAt: number | null; eventId: string | null; eventType: EventType | null; occurredAt: number | null; serviceIds: string | null; data: string | null }
    >(
      `SELECT d.id AS "deliveryId", d.purpose, d.message_id AS "messageId", d.attempts, d.first_attempt_at AS "firstAttemptAt",
         e.id AS "eventId", e.type AS "eventType", e.occurred_at AS "occurredAt", e.service_ids AS "serviceIds", e.data, ${SUB_COLUMNS}
       FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id LEFT JOIN event_outbox e ON e.id = d.event_id
       WHERE d.endpoint = ? AND d.state = 'queued' AND d.next_attempt_at <= ? ORDER BY d.id LIMIT ?`,
      [endpoint, now, limit],
    );
    return rows.map((r) => {
      const { deliveryId, purpose, messageId, attempts, firstAttemptAt, eventId, eventType, occurredAt, serviceIds, data, ...sub } = r;
      return {
        id: deliveryId,
        purpose,
        messageId,
        attempts,
        firstAttemptAt,
        subscription: toSub(sub),
        event: eventId && eventType && data ? { id: eventId, type: eventType, occurredAt: occurredAt!, serviceIds: JSON.parse(serviceIds!) as number[], data: JSON.parse(data) as EventData } : null,
      };
    });
  }

  recordAttempt(deliveryId: number, attempt: AttemptRecord, next: AttemptNext): Promise<{ deadLetters: number }> {
    return this.sql.transaction(async (tx) => {
      await tx.run("INSERT INTO alert_attempts (delivery_id, at, outcome, detail, duration_ms) VALUES (?, ?, ?, ?, ?)", [deliveryId, attempt.at, attempt.outcome, attempt.detail, Math.round(attempt.durationMs)]);
      const counted = attempt.outcome === "skipped" ? 0 : 1;
      const row = await tx.get<{ subscriptionId: string }>(
        `UPDATE alert_deliveries SET attempts = attempts + ?, first_attempt_at = COALESCE(first_attempt_at, ?), last_attempt_at = ?, last_error = ?, state = ?,
           next_attempt_at = ?, done_at = ? WHERE id = ? RETURNING subscription_id AS "subscriptionId"`,
        [
          counted,
          attempt.at,
          attempt.at,
          attempt.outcome === "delivered" ? null : attempt.detail,
          next.state,
          next.state === "queued" ? next.nextAttemptAt : attempt.at,
          next.state === "queued" ? null : attempt.at,
          deliveryId,
        ],
      );
      if (!row) return { deadLetters: 0 };
      if (next.state === "delivered") await tx.run("UPDATE alert_subscriptions SET dead_letters = 0 WHERE id = ? AND dead_letters <> 0", [row.subscriptionId]);
      if (next.state !== "dead") return { deadLetters: 0 };
      const sub = await tx.get<{ deadLetters: number }>(`UPDATE alert_subscriptions SET dead_letters = dead_letters + 1 WHERE id = ? RETURNING dead_letters AS "deadLetters"`, [row.subscriptionId]);
      return { deadLetters: Number(sub?.deadLetters ?? 0) };
    });
  }

  async readOrStoreVapidKeys(fresh: { publicKey: string; privateKey: string }, now: number) {
    await this.sql.run("INSERT INTO alert_vapid_keys (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING", [fresh.publicKey, fresh.privateKey, now]);
    return (await this.sql.get<{ publicKey: string; privateKey: string }>(`SELECT public_key AS "publicKey", private_key AS "privateKey" FROM alert_vapid_keys WHERE id = 1`))!;
  }

  async listSubscriptions(limit: number): Promise<SubscriptionSummary[]> {
    const rows = await this.sql.all<Omit<SubscriptionSummary, "groups" | "events" | "locale"> & { groups: number | boolean; events: string | null; locale: string }>(
      `SELECT s.id, s.kind, s.format, s.target, s.endpoint, s.groups, s.events, s.locale, s.status, s.origin, s.created_at AS "createdAt", s.activated_at AS "activatedAt",
         s.paused_at AS "pausedAt", s.pause_reason AS "pauseReason", s.dead_letters AS "deadLetters",
         (SELECT COUNT(*) FROM alert_subscription_services ss WHERE ss.subscription_id = s.id) AS services,
         (SELECT COUNT(*) FROM alert_deliveries d WHERE d.subscription_id = s.id AND d.state = 'queued') AS queued,
         (SELECT COUNT(*) FROM alert_deliveries d WHERE d.subscription_id = s.id AND d.state = 'delivered') AS delivered,
         (SELECT COUNT(*) FROM alert_deliveries d WHERE d.subscription_id = s.id AND d.state = 'dead') AS dead
       FROM alert_subscriptions s ORDER BY (s.status = 'paused') DESC, s.created_at DESC LIMIT ?`,
      [limit],
    );
    return rows.map((r) => ({ ...r, groups: Boolean(r.groups), events: r.events === null ? null : (JSON.parse(r.events) as EventType[]), locale: toLocale(r.locale), services: Number(r.services), queued: Number(r.queued), delivered: Number(r.delivered), dead: Number(r.dead) }));
  }

  readDeliveryHistory(subscriptionId: string, limit: number): Promise<DeliveryHistoryRow[]> {
    return this.sql.all<DeliveryHistoryRow>(
      `SELECT d.id, d.purpose, d.message_id AS "messageId", e.type AS "eventType", d.state, d.attempts, d.created_at AS "createdAt",
         d.last_attempt_at AS "lastAttemptAt", d.next_attempt_at AS "nextAttemptAt", d.last_error AS "lastError"
       FROM alert_deliveries d LEFT JOIN event_outbox e ON e.id = d.event_id WHERE d.subscription_id = ? ORDER BY d.id DESC LIMIT ?`,
      [subscriptionId, limit],
    );
  }

  readAttempts(deliveryId: number): Promise<AttemptRecord[]> {
    return this.sql.all<AttemptRecord>(`SELECT at, outcome, detail, duration_ms AS "durationMs" FROM alert_attempts WHERE delivery_id = ? ORDER BY id`, [deliveryId]);
  }

  async countDeliveries(): Promise<Record<DeliveryState, number>> {
    const counts: Record<DeliveryState, number> = { queued: 0, delivered: 0, dead: 0, skipped: 0 };
    for (const r of await this.sql.all<{ state: DeliveryState; n: number }>("SELECT state, COUNT(*) AS n FROM alert_deliveries GROUP BY 1")) counts[r.state] = Number(r.n);
    return counts;
  }

  prune(pendingBefore: number, historyBefore: number): Promise<void> {
    return this.sql.transaction(async (tx) => {
      const stale = await tx.all<{ id: string }>("SELECT id FROM alert_subscriptions WHERE status = 'pending' AND created_at < ?", [pendingBefore]);
      for (const { id } of stale) {
        await tx.run("DELETE FROM alert_attempts WHERE delivery_id IN (SELECT id FROM alert_deliveries WHERE subscription_id = ?)", [id]);
        await tx.run("DELETE FROM alert_deliveries WHERE subscription_id = ?", [id]);
        await tx.run("DELETE FROM alert_subscription_services WHERE subscription_id = ?", [id]);
        await tx.run("DELETE FROM alert_subscriptions WHERE id = ?", [id]);
      }
      await tx.run("DELETE FROM alert_attempts WHERE delivery_id IN (SELECT id FROM alert_deliveries WHERE state <> 'queued' AND done_at < ?)", [historyBefore]);
      await tx.run("DELETE FROM alert_deliveries WHERE state <> 'queued' AND done_at < ?", [historyBefore]);
      await tx.run("DELETE FROM event_outbox WHERE fanned_at < ? AND NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.event_id = event_outbox.id)", [historyBefore]);
      await tx.run("DELETE FROM alert_rate_limits WHERE window_start < ?", [historyBefore]);
      await tx.run("DELETE FROM alert_endpoints WHERE claimed_by IS NULL AND NOT EXISTS (SELECT 1 FROM alert_subscriptions s WHERE s.endpoint = alert_endpoints.endpoint)");
    });
  }
}
