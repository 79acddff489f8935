import { useLocale, useTranslations } from "next-intl";
import type { Incident } from "@/lib/incidents/read-incidents";
import { formatDuration } from "@/lib/i18n/format-time";
import { formatNumber } from "@/lib/i18n/format-number";
import { joinPlain } from "@/lib/i18n/join-list";
import { localizePath } from "@/lib/i18n/paths";
import { LocalTime } from "./local-time";

/**
 * Incidents as a table a journalist can cite: start (linking to the incident's permanent page), peak, end, what people
 * reported. Incidents come localized (names, labels) for the page's language.
 */
export function IncidentList({ incidents, title, now, showService = false, footer }: { incidents: Incident[]; title: string; now: number; showService?: boolean; footer?: React.ReactNode }) {
  const t = useTranslations("incidentList");
  const locale = useLocale();
  const span = (a: string, b: string | null) => formatDuration(locale, (b ? Date.parse(b) : now) - Date.parse(a));
  return (
    <section className="card" aria-labelledby="incidents-h" data-testid="incidents">
      <h2 id="incidents-h">{title}</h2>
      {incidents.length === 0 ? (
        <p className="muted small">{t("none")}</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table>
            <thead>
              <tr>
                {showService && <th scope="col">{t("service")}</th>}
                <th scope="col">{t("started")}</th>
                <th scope="col">{t("duration")}</th>
                <th scope="col" className="num">{t("peak")}</th>
                <th scope="col">{t("mostReported")}</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((i) => (
                <tr key={i.id} data-testid="incident-row">
                  {showService && <td><a href={localizePath(locale, `/status/${i.service.slug}`)}>{i.service.name}</a></td>}
                  <td><a href={localizePath(locale, `/status/${i.service.slug}/incidents/${i.id}`)}><LocalTime iso={i.startedAt} /></a></td>
                  <td>{i.open ? t("ongoingFor", { duration: span(i.startedAt, null) }) : span(i.startedAt, i.endedAt)}</td>
                  <td className="num">{`${formatNumber(locale, i.peakReports)} / ~${formatNumber(locale, Math.round(i.peakExpected))}`}</td>
                  <td>{joinPlain(locale, i.topProblems.slice(0, 2).map((p) => `${p.label} ${p.percent}%`))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer}
    </section>
  );
}
