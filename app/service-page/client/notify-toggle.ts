import { PushFailure, pushState, turnOff, turnOn } from "@/app/components/browser-push";
import type { NotifyTexts } from "../notify-control";
import { fillWords as fill } from "./fill-words";

type State = "checking" | "unsupported" | "off" | "busy" | "on" | "denied" | "error";

/** Runs a NotifyControl (app/service-page/notify-control.tsx): the same states and words as the React NotifyButton. */
export function wireNotify(box: HTMLElement): void {
  const texts = JSON.parse(box.dataset.texts ?? "{}") as NotifyTexts;
  const services = (box.dataset.services ?? "").split(",");
  const storageKey = box.dataset.storageKey ?? "";
  const button = box.querySelector("button");
  if (!button) return;
  const blocked = Object.assign(document.createElement("p"), { className: "muted small", hidden: true, textContent: texts.blocked });
  const status = Object.assign(document.createElement("p"), { className: "small" });
  status.setAttribute("role", "status");
  box.append(blocked, status);

  const show = (state: State, message?: string) => {
    box.dataset.state = state;
    if (state === "unsupported") {
      box.replaceChildren(Object.assign(document.createElement("p"), { className: "muted small", textContent: texts.unsupported }));
      return;
    }
    const on = state === "on";
    button.className = `button small-button${on ? "" : " primary"}`;
    button.setAttribute("aria-pressed", String(on));
    button.disabled = state === "busy" || state === "checking" || state === "denied";
    button.textContent = on ? texts.on : texts.off;
    blocked.hidden = state !== "denied";
    if (message !== undefined) status.textContent = message;
  };
  // The browser's own errors (permission, service worker, push service) come in its words: kept for the console only.
  const explain = (err: unknown) => {
    if (err instanceof PushFailure) return fill(texts.reasons[err.reason], { status: err.status ?? 0 });
    console.warn("[notify]", err);
    return texts.reasons.browser;
  };

  button.addEventListener("click", async () => {
    const wasOn = box.dataset.state === "on";
    show("busy", "");
    try {
      if (wasOn) {
        await turnOff(storageKey);
        show("off", texts.turnedOff);
      } else {
        const result = await turnOn({ services, groups: false, storageKey });
        show(result, result === "on" ? texts.subscribed : "");
      }
    } catch (err) {
      if (wasOn) show("on", fill(texts.failedOff, { reason: explain(err) }));
      else show("error", fill(texts.failedOn, { reason: explain(err) }));
    }
  });
  show(pushState(storageKey));
}
