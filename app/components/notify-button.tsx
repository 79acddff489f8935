"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { PushFailure, pushState, turnOff, turnOn } from "./browser-push";

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
    if (err instanceof PushFailure) return t(`reasons.${err.reason}`, { status: err.status ?? 0 });
    console.warn("[notify]", err);
    return t("reasons.browser");
  };

  useEffect(() => setState(pushState(storageKey)), [storageKey]);

  async function subscribe() {
    setState("busy");
    setMessage(null);
    try {
      const result = await turnOn({ services, groups, storageKey });
      setState(result);
      if (result === "on") setMessage(t("subscribed", { subject }));
    } catch (err) {
      setState("error");
      setMessage(t("failedOn", { reason: explain(err) }));
    }
  }

  async function unsubscribe() {
    setState("busy");
    setMessage(null);
    try {
      await turnOff(storageKey);
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
