import type { Metadata } from "next";
import { cachedRead } from "@/lib/cache/read-cache";
import { listIncidentGroups } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupPageSchema } from "@/lib/correlation/schemas";
import { getStores } from "@/lib/stores/get-stores";
import "@/app/components/incident-groups.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Outages across several services",
  alternates: { types: { "application/rss+xml": [{ url: "/feeds/incident-groups.xml", title: "Outages across several services (RSS)" }] } },
};

const PAGE = 50;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every group of outages that happened together, ongoing first, then newest, a page at a time. */
export default async function IncidentGroupsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { before } = IncidentGroupPageSchema.parse({ before: Array.isArray(raw.before) ? raw.before[0] : raw.before });
  const now = Date.now();
  const stores = await getStores();
  const groups = (await cachedRead(`incident-groups-page:${before ?? ""}`, now, "tick", () => listIncidentGroups({ ...stores, now, limit: PAGE, before }))) ?? [];
  const older = groups.length === PAGE ? Date.parse(groups[groups.length - 1].startedAt) : null;
  return (
    <div className="stack">
      <h1>Outages across several services</h1>
      <p className="muted">
        When several services fail within minutes of each other, Downwire looks for what they share: a service they run on or
        sign in through, or one country the reports come from. <a href="/methodology#together">How it decides</a>. Also as{" "}
        <a href="/feeds/incident-groups.xml">RSS</a>, <a href="/feeds/incident-groups.atom">Atom</a> and{" "}
        <a href="/api/v1/incident-groups">JSON</a>.
      </p>
      {groups.length === 0 ? (
        <p className="card">No outages across several services in the stored history.</p>
      ) : (
        <ul className="card stack group-list" data-testid="group-list">
          {groups.map((g) => (
            <li key={g.id}>
              <a href={g.path}><strong>{g.headline}</strong></a>
              <br />
              <span className="small muted">{g.cause ? g.cause.sentence : g.summary}</span>
            </li>
          ))}
        </ul>
      )}
      {older && <p><a href={`/incidents/groups?before=${older}`}>Older</a></p>}
    </div>
  );
}
