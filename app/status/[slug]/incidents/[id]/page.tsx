import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { buildIframeCode } from "@/lib/embeds/build-embed-code";
import { buildOembedDiscovery } from "@/lib/embeds/build-oembed";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { summarizeIncident, titleIncident } from "@/lib/incidents/describe-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { readIncidentShares } from "@/lib/incidents/read-incident-shares";
import { pickHighlight } from "@/lib/incidents/pick-highlight";
import { CountryMap } from "@/app/components/country-map";
import { GroupPanel } from "@/app/components/group-panel";
import { LocalityNote } from "@/app/components/locality-note";
import { readIncidentCorrelation } from "@/lib/correlation/read-incident-correlation";
import { IncidentFacts } from "@/app/components/incident-facts";
import { ReportChart } from "@/app/components/report-chart";
import { ShareBars } from "@/app/components/share-bars";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }> };

async function load(params: Props["params"]) {
  const parsed = IncidentParamsSchema.safeParse(await params);
  if (!parsed.success) return null;
  const now = Date.now();
  const detail = await readIncident({ ...(await getStores()), id: parsed.data.id, now });
  return detail ? { ...detail, now, slug: parsed.data.slug } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: "Incident not found" };
  const { incident, now } = data;
  const origin = resolvePublicOrigin(await headers());
  const path = `/status/${incident.service.slug}/incidents/${incident.id}`;
  const title = titleIncident(incident, now);
  return {
    title,
    description: summarizeIncident(incident, now),
    metadataBase: new URL(origin),
    alternates: { canonical: path, types: { "application/json+oembed": [{ url: buildOembedDiscovery(origin, path), title }] } },
    twitter: { card: "summary_large_image" },
  };
}

/** The permanent, citable page of one outage: its numbers, its frozen chart, what and where people reported. */
export default async function IncidentPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  const { incident: i, chart, now } = data;
  const path = `/status/${i.service.slug}/incidents/${i.id}`;
  if (data.slug !== i.service.slug) permanentRedirect(path);
  const origin = resolvePublicOrigin(await headers());
  const title = titleIncident(i, now);
  const stores = await getStores();
  const shares = await readIncidentShares({ ...stores, incident: i, now });
  const highlight = pickHighlight(chart, i);
  const correlation = await readIncidentCorrelation({ ...stores, incidentId: i.id, now });
  const bucketLabel = chart.bucket === "1h" ? "hour" : chart.bucket === "15m" ? "15 minutes" : "5 minutes";
  return (
    <article className="stack" data-testid="incident-page">
      <div>
        <p className="crumbs"><a href={`/status/${i.service.slug}`}>{i.service.name}</a> › <a href={`/status/${i.service.slug}/incidents`}>Past outages</a> › #{i.id}</p>
        <h1>{title}</h1>
        <span className={`chip ${i.open ? "chip-outage" : "chip-ok"}`}>{i.open ? "Ongoing" : "Ended"}</span>
      </div>
      <section className="card stack" aria-labelledby="summary-h">
        <h2 id="summary-h">What happened</h2>
        <p data-testid="incident-summary">{summarizeIncident(i, now)}</p>
        {correlation && <LocalityNote locality={correlation.locality} />}
        <IncidentFacts incident={i} now={now} />
      </section>
      {correlation?.group && <GroupPanel group={correlation.group} slug={i.service.slug} now={now} />}
      <section className="card" aria-labelledby="chart-h">
        <h2 id="chart-h">Reports around the outage</h2>
        <ReportChart buckets={chart.buckets} name={i.service.name} bucketLabel={bucketLabel} rangeLabel={`${chart.from.slice(0, 16).replace("T", " ")} to ${chart.to.slice(0, 16).replace("T", " ")}`} highlight={highlight} />
        <p className="small muted">
          {chart.frozen
            ? "The shaded span is the outage. This chart was frozen when the outage ended: later learning by the detector does not redraw it."
            : "The shaded span is the outage so far; the chart keeps updating until it ends, then it is frozen."}
        </p>
      </section>
      <div className="pair">
        <section className="card" aria-labelledby="problems-h">
          <h2 id="problems-h">Most reported problems</h2>
          <ShareBars shares={shares.problems} empty="No reports recorded." testId="problems" />
        </section>
        <section className="card" aria-labelledby="countries-h">
          <h2 id="countries-h">Top countries</h2>
          <ShareBars shares={shares.countries.slice(0, 8)} empty="No reports recorded." testId="countries" />
        </section>
      </div>
      <CountryMap src={`${path}/map.svg`} countries={shares.countries} heading="Reports by country during the outage" note={`${shares.total.toLocaleString("en")} reports from ${i.startedAt.slice(0, 16).replace("T", " ")} UTC to ${i.endedAt ? `${i.endedAt.slice(0, 16).replace("T", " ")} UTC` : "now"}.`} />
      <section className="card stack" aria-labelledby="cite-h" data-testid="cite">
        <h2 id="cite-h">Cite or embed this outage</h2>
        <p className="small">Permanent link, and a citation you can paste:</p>
        <p className="cite"><a href={origin + path}>{origin + path}</a></p>
        <p className="cite" data-testid="citation">{`Downwire, “${title}”, user reports, ${origin}${path} (retrieved ${new Date(now).toISOString().slice(0, 10)}).`}</p>
        <label htmlFor="incident-iframe" className="small">Embed the chart</label>
        <textarea id="incident-iframe" readOnly rows={3} className="code" value={buildIframeCode({ origin, target: { slug: i.service.slug, incidentId: i.id }, title })} />
        <p className="small">
          <a href={`/api/v1/incidents/${i.id}`}>JSON</a> · <a href={`/api/v1/incidents/${i.id}/series.csv`} download>Chart data (CSV)</a> ·{" "}
          <a href={`/status/${i.service.slug}/feed.xml`}>Outage feed (RSS)</a>
        </p>
      </section>
    </article>
  );
}
