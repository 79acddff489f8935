/**
 * This browser's push subscriptions to Downwire, without a framework: the React NotifyButton and the service page's
 * own script (app/service-page/client/notify-control.ts) both turn alerts on and off through these.
 */

const STORE = "downwire.alerts";
const WORKER = "/alerts-sw.js";

type Saved = Record<string, { id: string; secret: string }>;

/** The subscriptions this browser made, by page ("service:outlook", "group:3"): the id and the secret that deletes it. */
function readSaved(): Saved {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? "{}") as Saved;
  } catch {
    return {};
  }
}
function writeSaved(all: Saved) {
  localStorage.setItem(STORE, JSON.stringify(all));
}

/** Why turning notifications on or off failed, in words a reader understands ("client.notify.reasons"). */
export type PushReason = "noPush" | "network" | "server" | "rateLimited" | "unknownService" | "refused" | "browser";
export class PushFailure extends Error {
  constructor(
    readonly reason: PushReason,
    readonly status?: number,
  ) {
    super(reason);
  }
}

/** The API's error code as a reason (its message is English, for developers). */
function reasonOf(status: number, code: string | undefined): PushFailure {
  if (code === "rate_limited") return new PushFailure("rateLimited");
  if (code === "unknown_service") return new PushFailure("unknownService");
  if (code === "invalid_body" || code === "private_address" || code === "unreachable_url") return new PushFailure("refused");
  return new PushFailure("server", status);
}

/** Our own fetch: a network failure is "could not reach the site", not the browser's English TypeError. */
async function call(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    throw new PushFailure("network");
  }
}

const fromBase64Url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

/** Where a page's button starts: whether this browser can, may, and already does get Downwire's notifications. */
export function pushState(storageKey: string): "unsupported" | "denied" | "on" | "off" {
  const supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  if (!supported) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  return readSaved()[storageKey] ? "on" : "off";
}

/**
 * Asks for permission, registers the alerts service worker, gets a push subscription with Downwire's VAPID key and
 * hands it to the API. "on", or the permission the reader gave instead; throws PushFailure or the browser's error.
 */
export async function turnOn({ services, groups, storageKey }: { services: string[]; groups: boolean; storageKey: string }): Promise<"on" | "off" | "denied"> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return permission === "denied" ? "denied" : "off";
  const keyRes = await call("/api/v1/alerts/push-key");
  if (!keyRes.ok) throw new PushFailure("noPush");
  const { publicKey } = (await keyRes.json()) as { publicKey: string };
  await navigator.serviceWorker.register(WORKER, { scope: "/" });
  const registration = await navigator.serviceWorker.ready;
  const push =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(publicKey) }));
  const res = await call("/api/v1/subscriptions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // Notifications come in the language of the page that asked for them.
    body: JSON.stringify({ kind: "push", subscription: push.toJSON(), services, groups, lang: document.documentElement.lang === "zh-CN" ? "zh-CN" : "en" }),
  });
  const body = (await res.json().catch(() => ({}))) as { id?: string; secret?: string; error?: { code?: string } };
  if (!res.ok || !body.id || !body.secret) throw reasonOf(res.status, body.error?.code);
  writeSaved({ ...readSaved(), [storageKey]: { id: body.id, secret: body.secret } });
  return "on";
}

/** Deletes this page's subscription, and the browser's own push subscription when no other page uses it. */
export async function turnOff(storageKey: string): Promise<void> {
  const saved = readSaved();
  const mine = saved[storageKey];
  if (mine) {
    const res = await call(`/api/v1/subscriptions/${encodeURIComponent(mine.id)}`, { method: "DELETE", headers: { Authorization: `Bearer ${mine.secret}` } });
    // 404: already gone (deleted elsewhere, or expired); either way this page is no longer subscribed.
    if (!res.ok && res.status !== 404) throw new PushFailure("server", res.status);
  }
  delete saved[storageKey];
  writeSaved(saved);
  if (Object.keys(saved).length === 0) {
    const registration = await navigator.serviceWorker.getRegistration("/");
    await (await registration?.pushManager.getSubscription())?.unsubscribe();
  }
}
