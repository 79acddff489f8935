import type { Incident } from "@/lib/detection/read-incidents";

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function duration(a: string, b: string | null): string {
  const ms = (b ? Date.parse(b) : Date.now()) - Date.parse(a);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.round((ms % 3_600_000) / 60_000);
  return h ? `${h} h ${m} min` : `${m} min`;
}

/** Incidents as a table a journalist can cite: start, peak, end, what people reported. */
export function IncidentList({ incidents, title, showService = false }: { incidents: Incident[]; title: string; showService?: boolean }) {
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
                  <td>{when(i.startedAt)}</td>
                  <td>{i.open ? `ongoing, ${duration(i.startedAt, null)}` : duration(i.startedAt, i.endedAt)}</td>
                  <td className="num">{`${i.peakReports.toLocaleString("en")} / ~${Math.round(i.peakExpected).toLocaleString("en")}`}</td>
                  <td>{i.topProblems.slice(0, 2).map((p) => `${p.label} ${p.percent}%`).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
