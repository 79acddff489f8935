import "./incident-groups.css";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { formatSince } from "@/lib/correlation/describe-group";

/** The heading a member's page gives its group: what this service's outage is part of, from its own point of view. */
function headingFor(group: PublicGroup, slug: string): string {
  const me = group.members.find((m) => m.service.slug === slug);
  const cause = group.cause;
  const isCause = cause?.kind === "upstream" && cause.service.slug === slug;
  if (isCause || me?.role === "upstream") return `Also affected: ${group.members.filter((m) => m.role === "dependent").length} services that run on ${cause?.kind === "upstream" ? cause.service.name : "it"}`;
  if (me?.role === "dependent" && cause?.kind === "upstream") return `Likely caused by ${cause.service.name}`;
  if (me?.role === "local" && cause?.kind === "local") return `Likely local: ${cause.country.name}`;
  return "Other outages at the same time";
}

/**
 * A group of outages seen from one member's page (service or incident): the likely cause with its evidence, the
 * other services affected and when each started, and a link to the whole picture.
 */
export function GroupPanel({ group, slug, now }: { group: PublicGroup; slug: string; now: number }) {
  const others = group.members.filter((m) => m.service.slug !== slug);
  const me = group.members.find((m) => m.service.slug === slug);
  // A bystander's page must not read as if the group's cause explained it.
  const bystander = me?.role === "unexplained" && group.cause !== null;
  return (
    <section className="card stack group-panel" aria-labelledby={`group-${group.id}-h`} data-testid="group-panel">
      <div>
        <h2 id={`group-${group.id}-h`}>{headingFor(group, slug)}</h2>
        <p className="small muted">
          <a href={group.path}>{group.headline}</a>
        </p>
      </div>
      {bystander && (
        <p data-testid="group-bystander">
          {`${me.service.name} has no known link to ${group.cause!.kind === "upstream" ? group.cause!.service.name : `a problem in ${group.cause!.country.name}`}: happening at the same time, no shared dependency known. About the others:`}
        </p>
      )}
      <p data-testid="group-reason" className={bystander ? "small" : undefined}>{group.cause ? group.cause.sentence : group.summary}</p>
      {others.length > 0 && (
        <ul className="group-members">
          {others.map((m) => (
            <li key={m.incidentId}>
              <a href={`/status/${m.service.slug}/incidents/${m.incidentId}`}>{m.service.name}</a>{" "}
              <span className="small muted">
                {`${m.open ? "since" : "from"} ${formatSince(m.startedAt, now)} · ${m.reason}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="small link-row">
        <a href={group.path}>How Downwire reached this, with every service and time</a> · <a href="/methodology#together">Method</a>
      </p>
    </section>
  );
}
