import type { Share } from "@/lib/reports/read-breakdown";

/** The server-rendered world map as an image, and the same numbers as a table (its accessible alternative). */
export function CountryMap({ src, countries, heading, note }: { src: string; countries: Share[]; heading: string; note: string }) {
  const top = countries.filter((c) => c.id).slice(0, 3).map((c) => `${c.label} ${c.percent}%`).join(", ");
  return (
    <section className="card" aria-labelledby="map-h" data-testid="country-map">
      <h2 id="map-h">{heading}</h2>
      {countries.length === 0 ? (
        <p className="muted small">No reports in this period.</p>
      ) : (
        <div className="map-layout">
          <img src={src} alt={`World map shaded by share of reports${top ? `: ${top}` : ""}. The table lists every country.`} width={960} height={510} loading="lazy" className="world-map" />
          <div className="table-scroll">
            <table>
              <caption className="small muted">{note}</caption>
              <thead>
                <tr><th scope="col">Country</th><th scope="col" className="num">Reports</th><th scope="col" className="num">Share</th></tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c.id || "unknown"}><td>{c.label}</td><td className="num">{c.count.toLocaleString("en")}</td><td className="num">{c.percent}%</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
