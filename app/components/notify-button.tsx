"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

interface Props {
  /** What the button subscribes this browser to. */
  services: string[];
  groups: boolean;
  /** Names it in the label ("Notify me when Outlook has problems"). */
  subject: string;
  /** Where this page's subscription is remembered in this browser ("service:outlook", "group:3"). */
  storageKey: string;
}

type State = "checking" | "unsupported" | "off" | "busy" | "on" | "denied" | "error";

const STORE = "downwire.alerts";
const WORKER = "/alerts-sw.js";

/** This browser's push subscriptions to Downwire, by page: the id and the secret that deletes it. */
function readSaved(): Record<string, { id: string; secret: string }> {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? "{}") as Record<string, { id: string; secret: string }>;
  } catch {
    return {};
  }
}
function writeSaved(all: Record<string, { id: string; secret: string }>) {
  localStorage.setItem(STORE, JSON.stringify(all));
}

/** Why turning notifications on or off failed, in the reader's language ("client.notify.reasons"). */
type Reason = "noPush" | "network" | "server" | "rateLimited" | "unknownService" | "refused" | "browser";
class NotifyFailure extends Error {
  constructor(
    readonly reason: Reason,
    readonly status?: number,
  ) {
    super(reason);
  }
}

/** The API's error code as a reason a reader understands (its message is English, for developers). */
function reasonOf(status: number, code: string | undefined): NotifyFailure {
  if (code === "rate_limited") return new NotifyFailure("rateLimited");
  if (code === "unknown_service") return new NotifyFailure("unknownService");
  if (code === "invalid_body" || code === "private_address" || code === "unreachable_url") return new NotifyFailure("refused");
  return new NotifyFailure("server", status);
}

/** Our own fetch: a network failure is "could not reach the site", not the browser's English TypeError. */
async function call(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    throw new NotifyFailure("network");
  }
}

const fromBase64Url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

/**
 * "Notify me": registers the alerts service worker, asks the browser for a push subscription with Downwire's VAPID
 * key, and hands it to the API; pressed again, it deletes that subscription (and drops the browser's own push
 * subscription when no other page uses it). Everything is fetched from this origin, so the page's strict CSP holds.
 */
export function NotifyButton({ services, groups, subject, storageKey }: Props) {
  const t = useTranslations("client.notify");
  const [state, setState] = useState<State>("checking");
  const [message, setMessage] = useState<string | null>(null);
  // The browser's own errors (permission, service worker, push service) come in its words: kept for the console only.
  const explain = (err: unknown) => {
    if (err instanceof NotifyFailure) return t(`reasons.${err.reason}`, { status: err.status ?? 0 });
    console.warn("[notify]", err);
    return t("reasons.browser");
  };

  useEffect(() => {
    const supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
    if (!supported) return setState("unsupported");
    if (Notification.permission === "denied") return setState("denied");
    setState(readSaved()[storageKey] ? "on" : "off");
  }, [storageKey]);

  async function subscribe() {
    setState("busy");
    setMessage(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setState(permission === "denied" ? "denied" : "off");
        return;
      }
      const keyRes = await call("/api/v1/alerts/push-key");
      if (!keyRes.ok) throw new NotifyFailure("noPush");
      const { publicKey } = (await keyRes.json()) as { publicKey: string };
      await navigator.serviceWorker.register(WORKER, { scope: "/" });
      const registration = await navigator.serviceWorker.ready;
      const push =
        (await registration.pushManager.getSubscription()) ??
        (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromBase64Url(publicKey) }));
      const res = await call("/api/v1/subscriptions", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind: "push", subscription: push.toJSON(), services, groups }),
      });
      const body = (await res.json().catch(() => ({}))) as { id?: string; secret?: string; error?: { code?: string } };
      if (!res.ok || !body.id || !body.secret) throw reasonOf(res.status, body.error?.code);
      writeSaved({ ...readSaved(), [storageKey]: { id: body.id, secret: body.secret } });
      setState("on");
      setMessage(t("subscribed", { subject }));
    } catch (err) {
      setState("error");
      setMessage(t("failedOn", { reason: explain(err) }));
    }
  }

  async function unsubscribe() {
    setState("busy");
    setMessage(null);
    const saved = readSaved();
    const mine = saved[storageKey];
    try {
      if (mine) {
        const res = await call(`/api/v1/subscriptions/${encodeURIComponent(mine.id)}`, { method: "DELETE", headers: { Authorization: `Bearer ${mine.secret}` } });
        // 404: already gone (deleted elsewhere, or expired); either way this page is no longer subscribed.
        if (!res.ok && res.status !== 404) throw new NotifyFailure("server", res.status);
      }
      delete saved[storageKey];
      writeSaved(saved);
      if (Object.keys(saved).length === 0) {
        const registration = await navigator.serviceWorker.getRegistration("/");
        await (await registration?.pushManager.getSubscription())?.unsubscribe();
      }
      setState("off");
      setMessage(t("turnedOff"));
    } catch (err) {
      setState("on");
      setMessage(t("failedOff", { reason: explain(err) }));
    }
  }

  if (state === "unsupported") return <p className="muted small" data-testid="notify">{t("unsupported")}</p>;
  const on = state === "on";
  return (
    <div className="notify" data-testid="notify" data-state={state}>
      <button
        type="button"
        className={`button small-button${on ? "" : " primary"}`}
        aria-pressed={on}
        disabled={state === "busy" || state === "checking" || state === "denied"}
        onClick={() => void (on ? unsubscribe() : subscribe())}
      >
        {on ? t("on", { subject }) : t("off", { subject })}
      </button>
      {state === "denied" && <p className="muted small">{t("blocked")}</p>}
      {message && <p className="small" role="status">{message}</p>}
    </div>
  );
}
