import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/paths";

interface Props {
  slug: string;
  /** The service's name in the page's language. */
  name: string;
  problems: readonly { id: string; label: string }[];
  countries: { code: string; name: string }[];
  defaultCountry: string;
  /** A report's outcome in words: carried back by the no-JavaScript form's redirect, or fetched by the page's script. */
  message: { tone: "ok" | "warn"; text: string } | null;
}

/** Where a report's outcome is said; the page's script swaps in the one the server words for it. */
export function ReportMessage({ message }: { message: Props["message"] }) {
  return (
    <div aria-live="polite" data-testid="report-message" id="report-message">
      {message && <p className={message.tone === "ok" ? "notice" : "notice warn"}>{message.text}</p>}
    </div>
  );
}

/**
 * The one-tap report. A plain form: without JavaScript it posts to this page's address + /report and comes back here
 * with the outcome; with it, the page's script (app/service-page/client/report-submit.ts) posts to the API and shows
 * the outcome in place. `data-*` carry the words that script needs.
 */
export function ReportForm({ slug, name, problems, countries, defaultCountry, message }: Props) {
  const t = useTranslations("client.report");
  const locale = useLocale();
  return (
    <form method="post" action={localizePath(locale, `/status/${slug}/report`)} className="card" id="report" data-testid="report-form" data-slug={slug} data-sending={t("sending")} data-network-error={t("networkError")}>
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
      <button className="button primary" type="submit">{t("submit")}</button>
      <p className="muted small">{t("privacy")}</p>
      <ReportMessage message={message} />
    </form>
  );
}
