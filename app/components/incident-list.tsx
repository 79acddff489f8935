import type { Incident } from "@/lib/incidents/read-incidents";
import { formatDuration, formatUtc } from "@/lib/incidents/format-duration";

const span = (a: string, b: string | null, now: number) => formatDuration((b ? Date.parse(b) : now) - Date.parse(a));

/** Incidents as a table a journalist can cite: start (linking to the incident's permanent page), peak, end, what people reported. */
export function IncidentList({ incidents, title, now, showService = false, footer }: { incidents: Incident[]; title: string; now: number; showService?: boolean; footer?: React.ReactNode }) {
  return (
    <section className="card" aria-labelledby="incidents-h" data-testid="incidents">
      <h2 id="incidents-h">{title}</h2>
      {incidents.length === 0 ? (
        <p className="muted small">No outages detected in the stored history.</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table>
            <thead>
              <tr>
                {showService && <th scope="col">Service</th>}
                <th scope="col">Started</th>
                <th scope="col">Duration</th>
                <th scope="col" className="num">Peak (reports / expected)</th>
                <th scope="col">Most reported</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((i) => (
                <tr key={i.id} data-testid="incident-row">
                  {showService && <td><a href={`/status/${i.service.slug}`}>{i.service.name}</a></td>}
                  <td><a href={`/status/${i.service.slug}/incidents/${i.id}`}>{formatUtc(i.startedAt)}</a></td>
                  <td>{i.open ? `ongoing, ${span(i.startedAt, null, now)}` : span(i.startedAt, i.endedAt, now)}</td>
                  <td className="num">{`${i.peakReports.toLocaleString("en")} / ~${Math.round(i.peakExpected).toLocaleString("en")}`}</td>
                  <td>{i.topProblems.slice(0, 2).map((p) => `${p.label} ${p.percent}%`).join(", ")}</td>
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
