import type { Metadata } from "next";
import { cachedRead } from "@/lib/cache/read-cache";
import { readOfficialLag } from "@/lib/official-status/read-official-lag";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "How quickly vendors acknowledge outages" };

const minutes = (m: number | null) => (m === null ? "–" : `${m < 0 ? "−" : ""}${Math.abs(m) >= 60 ? `${Math.floor(Math.abs(m) / 60)} h ${Math.abs(m) % 60} min` : `${Math.abs(m)} min`}`);

/** Vendors ranked by how long after users' reports began their status page first said something was wrong. */
export default async function OfficialLagPage() {
  const now = Date.now();
  const stores = await getStores();
  const ranking = await cachedRead("official-lag-page", now, "tick", () => readOfficialLag({ ...stores, now }));
  return (
    <div className="stack">
      <section>
        <h1>How quickly vendors acknowledge outages</h1>
        <p className="muted">
          {`For each outage Downwire detected from user reports over the last ${ranking.windowDays} days, the time until the vendor's own status page first said something was wrong: an incident it published, or its page leaving "all operational". Negative means the vendor spoke first. Quickest median first; the same numbers are at `}
          <a href="/api/v1/official-lag">/api/v1/official-lag</a>. <a href="/methodology">How Downwire detects outages</a>.
        </p>
      </section>
      <section className="card" aria-labelledby="ranking-h">
        <h2 id="ranking-h">Vendors by median acknowledgement lag</h2>
        {ranking.vendors.length === 0 ? (
          <p className="muted">No outage of a service with an official status page in the last {ranking.windowDays} days.</p>
        ) : (
          <table data-testid="official-lag">
            <thead>
              <tr>
                <th scope="col">Vendor</th>
                <th scope="col" className="num">Median lag</th>
                <th scope="col" className="num">Fastest</th>
                <th scope="col" className="num">Slowest</th>
                <th scope="col" className="num">Outages</th>
                <th scope="col" className="num">Never acknowledged</th>
              </tr>
            </thead>
            <tbody>
              {ranking.vendors.map((v) => (
                <tr key={v.service.slug}>
                  <th scope="row"><a href={`/status/${v.service.slug}/incidents`}>{v.service.name}</a></th>
                  <td className="num">{minutes(v.medianLagMinutes)}</td>
                  <td className="num">{minutes(v.fastestLagMinutes)}</td>
                  <td className="num">{minutes(v.slowestLagMinutes)}</td>
                  <td className="num">{v.incidents}</td>
                  <td className="num">{v.unacknowledged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
