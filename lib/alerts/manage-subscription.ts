import type { AlertStore } from "./store/alert-store";
import { secretsMatch } from "./webhook-signing";

export type DeleteResult = { ok: true } | { ok: false; status: 401 | 404; code: string; message: string };

/** DELETE /api/v1/subscriptions/:id: the secret returned at creation, as a bearer token, deletes it and all its data. */
export async function deleteSubscription({ alerts, id, bearer }: { alerts: AlertStore; id: string; bearer: string | null }): Promise<DeleteResult> {
  if (!bearer) return { ok: false, status: 401, code: "unauthorized", message: "Send the subscription's secret as a bearer token." };
  const sub = await alerts.readSubscription(id);
  // A wrong secret and an unknown id answer alike, so ids cannot be probed.
  if (!sub || !secretsMatch(bearer, sub.secret)) return { ok: false, status: 404, code: "not_found", message: "No such subscription (or the secret does not match)." };
  await alerts.deleteSubscription(id);
  return { ok: true };
}

export type TokenResult = { ok: true; kind: string } | { ok: false };

/** The confirmation link's form, submitted: the address gets alerts from now on. */
export async function confirmSubscription({ alerts, token, now }: { alerts: AlertStore; token: string; now: number }): Promise<TokenResult> {
  const sub = await alerts.readSubscriptionByToken(token);
  if (!sub || sub.kind !== "email") return { ok: false };
  if (sub.status === "pending") await alerts.activateSubscription(sub.id, now);
  return { ok: true, kind: sub.kind };
}

/** RFC 8058 one-click unsubscribe (or the page's button): the subscription and its address are deleted. */
export async function unsubscribeByToken({ alerts, token }: { alerts: AlertStore; token: string }): Promise<TokenResult> {
  const sub = await alerts.readSubscriptionByToken(token);
  if (!sub) return { ok: false };
  await alerts.deleteSubscription(sub.id);
  return { ok: true, kind: sub.kind };
}
