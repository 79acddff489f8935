import "./incident-groups.css";
import type { PublicGroup } from "@/lib/correlation/public-types";

/** The home page's banner: outages happening together right now, each with its likely cause in one line. */
export function GroupBanner({ groups }: { groups: PublicGroup[] }) {
  if (!groups.length) return null;
  return (
    <section className="card alert-list group-banner" aria-labelledby="groups-h" data-testid="group-banner">
      <h2 id="groups-h">{groups.length === 1 ? "Several services are failing together" : `${groups.length} groups of services failing together`}</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <a href={g.path}>
              <strong>{g.headline}</strong>
            </a>
            <br />
            <span className="small">{g.cause ? g.cause.sentence : g.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A quiet line for the home page when nothing is happening together now: the latest wider outages. */
export function RecentGroups({ groups }: { groups: PublicGroup[] }) {
  if (!groups.length) return null;
  return (
    <section className="small" aria-labelledby="recent-groups-h" data-testid="recent-groups">
      <h2 id="recent-groups-h" className="small muted">Recent outages across several services</h2>
      <ul className="link-list">
        {groups.map((g) => (
          <li key={g.id}>
            <a href={g.path}>{g.headline}</a>
          </li>
        ))}
      </ul>
      <p className="muted">
        <a href="/incidents/groups">All of them</a>
      </p>
    </section>
  );
}
