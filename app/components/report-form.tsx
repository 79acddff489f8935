"use client";

import { useState } from "react";
import { describeOutcome, REPORTED_EVENT } from "@/lib/reports/describe-outcome";

interface Props {
  slug: string;
  name: string;
  problems: readonly { id: string; label: string }[];
  countries: { code: string; name: string }[];
  defaultCountry: string;
  /** Outcome carried back by the no-JavaScript form's redirect. */
  initialMessage: { tone: "ok" | "warn"; text: string } | null;
}

export function ReportForm({ slug, name, problems, countries, defaultCountry, initialMessage }: Props) {
  const [message, setMessage] = useState(initialMessage);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problem = String(data.get("problem") ?? "");
    if (!problem) return setMessage(describeOutcome(name, "invalid", null, null));
    setBusy(true);
    try {
      const res = await fetch("/api/v1/reports", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ service: slug, problem, country: String(data.get("country") ?? "") || undefined }),
      });
      const body = await res.json().catch(() => ({}));
      const kind = res.status === 201 ? "counted" : res.status === 429 ? "rate_limited" : (body.reason ?? "invalid");
      setMessage(describeOutcome(name, kind, body.reportsLastHour ?? null, Number(res.headers.get("retry-after")) || null));
      if (res.status === 201) window.dispatchEvent(new Event(REPORTED_EVENT));
    } catch {
      setMessage({ tone: "warn", text: "Could not send your report. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" action={`/status/${slug}/report`} onSubmit={submit} className="card" id="report" data-testid="report-form">
      <h2>{`I have a problem with ${name}`}</h2>
      <fieldset>
        <legend>What is not working?</legend>
        <div className="choices">
          {problems.map((p) => (
            <label key={p.id}>
              <input type="radio" name="problem" value={p.id} required /> {p.label}
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        <label htmlFor="country">Your country </label>
        <select id="country" name="country" defaultValue={defaultCountry}>
          <option value="">Don’t know / prefer not to say</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </p>
      <button className="button primary" type="submit" disabled={busy}>
        {busy ? "Sending…" : "Report a problem"}
      </button>
      <p className="muted small">Anonymous: we keep no IP address, only a one-day keyed hash to count you once.</p>
      <div aria-live="polite" data-testid="report-message">
        {message && <p className={message.tone === "ok" ? "notice" : "notice warn"}>{message.text}</p>}
      </div>
    </form>
  );
}
