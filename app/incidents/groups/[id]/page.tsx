import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedRead } from "@/lib/cache/read-cache";
import { formatSince } from "@/lib/correlation/describe-group";
import { orderCauseFirst, readIncidentGroup } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupIdSchema } from "@/lib/correlation/schemas";
import { formatDuration, formatUtc } from "@/lib/incidents/format-duration";
import { GroupTimeline } from "@/app/components/group-timeline";
import { getStores } from "@/lib/stores/get-stores";
import "@/app/components/incident-groups.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const parsed = IncidentGroupIdSchema.safeParse(await params);
  if (!parsed.success) return null;
  const { id } = parsed.data;
  const now = Date.now();
  const stores = await getStores();
  const group = await cachedRead(`incident-group:${id}`, now, "tick", () => readIncidentGroup({ ...stores, id, now }));
  return group ? { group, now } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: "Incident group not found" };
  return { title: data.group.headline, description: data.group.summary, alternates: { canonical: data.group.path } };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One group of outages that happened together: the likely cause in plain words, the evidence, every member and time. */
export default async function IncidentGroupPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { group: g, now } = data;
  const cause = g.cause;
  return (
    <article className="stack" data-testid="group-page">
      <div>
        <p className="crumbs"><a href="/incidents/groups">Outages across several services</a> › #{g.id}</p>
        <h1>{g.headline}</h1>
        <span className={`chip ${g.open ? "chip-outage" : "chip-ok"}`}>{g.open ? "Ongoing" : "Ended"}</span>{" "}
        {cause && <span className="chip chip-possible">{`Confidence ${cause.confidence.toFixed(2)}`}</span>}
      </div>
      <section className="card stack" aria-labelledby="why-h">
        <h2 id="why-h">Why Downwire thinks so</h2>
        <p data-testid="group-summary">{g.summary}</p>
        {cause?.kind === "upstream" && (
          <dl className="facts" data-testid="group-evidence">
            <dt>Likely upstream</dt><dd><a href={`/status/${cause.service.slug}`}>{cause.service.name}</a></dd>
            <dt>Runs on it</dt><dd>{`${cause.dependents.toLocaleString("en")} services in the catalog, directly or through others`}</dd>
            <dt>Affected now</dt><dd>{`${cause.affected} of them (${pct(cause.affected / Math.max(cause.dependents, 1))})`}</dd>
            <dt>Its own reports</dt>
            <dd>{cause.reports ? `${cause.reports.observed.toLocaleString("en")} in the first ${cause.reports.windowMinutes} min, usually ~${Math.round(cause.reports.usual).toLocaleString("en")} (${cause.reports.ratio}×)` : "not available"}</dd>
            <dt>Its own outage</dt>
            <dd>{cause.incidentId ? <a href={`/status/${cause.service.slug}/incidents/${cause.incidentId}`}>{`incident #${cause.incidentId}`}</a> : "none detected"}</dd>
          </dl>
        )}
        {cause?.kind === "local" && (
          <dl className="facts" data-testid="group-evidence">
            <dt>Country</dt><dd>{cause.country.name}</dd>
            <dt>Extra reports from it</dt><dd>{pct(cause.share)}</dd>
            <dt>Usually</dt><dd>{pct(cause.usualShare)} of these services’ reports</dd>
            <dt>Provider down too</dt><dd>{cause.provider ? <a href={`/status/${cause.provider.slug}`}>{cause.provider.name}</a> : "none in the catalog"}</dd>
          </dl>
        )}
      </section>
      <section className="card stack" aria-labelledby="members-h">
        <h2 id="members-h">{`The ${g.members.length} services: the likely cause first, then in the order they started`}</h2>
        <GroupTimeline group={g} now={now} />
        <div className="table-scroll">
          <table data-testid="group-members">
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Why it is here</th>
                <th scope="col">Started</th>
                <th scope="col">Duration</th>
                <th scope="col" className="num">Peak (reports / expected)</th>
                <th scope="col">Where from</th>
              </tr>
            </thead>
            <tbody>
              {orderCauseFirst(g.members).map((m) => (
                <tr key={m.incidentId} data-role={m.role}>
                  <td><a href={`/status/${m.service.slug}/incidents/${m.incidentId}`}>{m.service.name}</a></td>
                  <td>{m.reason.charAt(0).toUpperCase() + m.reason.slice(1)}</td>
                  <td>{formatSince(m.startedAt, now)}</td>
                  <td>{m.open ? `ongoing, ${formatDuration(now - Date.parse(m.startedAt))}` : formatDuration(Date.parse(m.endedAt!) - Date.parse(m.startedAt))}</td>
                  <td className="num">{`${m.peakReports.toLocaleString("en")} / ~${Math.round(m.peakExpected).toLocaleString("en")}`}</td>
                  <td>{m.locality.verdict === "local" && m.locality.country ? `mostly ${m.locality.country.name} (local)` : m.locality.verdict === "spread" ? "as usual" : "too few to tell"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small muted">{`Group began ${formatUtc(g.startedAt)}${g.endedAt ? `, ended ${formatUtc(g.endedAt)}` : ", ongoing"}; last changed ${formatUtc(g.updatedAt)}.`}</p>
      </section>
      <p className="small">
        <a href={`/api/v1/incident-groups/${g.id}`}>JSON</a> · <a href="/feeds/incident-groups.xml">Feed of wider outages (RSS)</a> ·{" "}
        <a href="/methodology#together">How grouping works</a>
      </p>
    </article>
  );
}
