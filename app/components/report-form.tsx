"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/paths";
import { describeOutcome, REPORTED_EVENT } from "@/lib/reports/describe-outcome";

interface Props {
  slug: string;
  /** The service's name in the page's language. */
  name: string;
  problems: readonly { id: string; label: string }[];
  countries: { code: string; name: string }[];
  defaultCountry: string;
  /** Outcome carried back by the no-JavaScript form's redirect. */
  initialMessage: { tone: "ok" | "warn"; text: string } | null;
}

export function ReportForm({ slug, name, problems, countries, defaultCountry, initialMessage }: Props) {
  const t = useTranslations("client.report");
  const to = useTranslations("client.outcome");
  const locale = useLocale();
  const [message, setMessage] = useState(initialMessage);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problem = String(data.get("problem") ?? "");
    if (!problem) return setMessage(describeOutcome(to, name, "invalid", null, null));
    setBusy(true);
    try {
      const res = await fetch("/api/v1/reports", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ service: slug, problem, country: String(data.get("country") ?? "") || undefined }),
      });
      const body = await res.json().catch(() => ({}));
      const kind = res.status === 201 ? "counted" : res.status === 429 ? "rate_limited" : (body.reason ?? "invalid");
      setMessage(describeOutcome(to, name, kind, body.reportsLastHour ?? null, Number(res.headers.get("retry-after")) || null));
      if (res.status === 201) window.dispatchEvent(new Event(REPORTED_EVENT));
    } catch {
      setMessage({ tone: "warn", text: t("networkError") });
    } finally {
      setBusy(false);
    }
  }

  // Without JavaScript the form posts to this page's own address + /report and comes back here with the outcome.
  return (
    <form method="post" action={localizePath(locale, `/status/${slug}/report`)} onSubmit={submit} className="card" id="report" data-testid="report-form">
      <h2>{t("heading", { name })}</h2>
      <fieldset>
        <legend>{t("what")}</legend>
        <div className="choices">
          {problems.map((p) => (
            <label key={p.id}>
              <input type="radio" name="problem" value={p.id} required /> {p.label}
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        <label htmlFor="country">{t("country")} </label>
        <select id="country" name="country" defaultValue={defaultCountry}>
          <option value="">{t("noCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </p>
      <button className="button primary" type="submit" disabled={busy}>
        {busy ? t("sending") : t("submit")}
      </button>
      <p className="muted small">{t("privacy")}</p>
      <div aria-live="polite" data-testid="report-message">
        {message && <p className={message.tone === "ok" ? "notice" : "notice warn"}>{message.text}</p>}
      </div>
    </form>
  );
}
