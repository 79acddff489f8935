import { REPORTED_EVENT } from "@/lib/reports/describe-outcome";
import type { Live } from "./live-refresh";

/**
 * Sends the report form to the API instead of navigating, then asks the server for the outcome in words (with the
 * live parts, so the reader sees their report counted at once). The words live on the server: no translations here.
 */
export function wireReportForm(form: HTMLFormElement, live: Live): void {
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const say = (text: string) => {
    const box = document.getElementById("report-message");
    if (!box) return;
    const p = document.createElement("p");
    p.className = "notice warn";
    p.textContent = text;
    box.replaceChildren(p);
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const problem = String(data.get("problem") ?? "");
    if (!problem) return void live.refresh({ report: "invalid" });
    const label = button?.textContent ?? "";
    if (button) {
      button.disabled = true;
      button.textContent = form.dataset.sending ?? label;
    }
    try {
      const res = await fetch("/api/v1/reports", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ service: form.dataset.slug, problem, country: String(data.get("country") ?? "") || undefined }),
      });
      const body = (await res.json().catch(() => ({}))) as { reason?: string; reportsLastHour?: number };
      const outcome: Record<string, string> = { report: res.status === 201 ? "counted" : res.status === 429 ? "rate_limited" : (body.reason ?? "invalid") };
      if (typeof body.reportsLastHour === "number") outcome.n = String(body.reportsLastHour);
      const retry = Number(res.headers.get("retry-after"));
      if (retry > 0) outcome.retry = String(Math.ceil(retry));
      if (!(await live.refresh(outcome))) say(form.dataset.networkError ?? "");
      if (res.status === 201) window.dispatchEvent(new Event(REPORTED_EVENT));
    } catch {
      say(form.dataset.networkError ?? "");
    } finally {
      if (button) {
        button.disabled = false;
        button.textContent = label;
      }
    }
  });
}
