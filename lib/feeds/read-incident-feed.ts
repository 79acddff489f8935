import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { listIncidents, type Incident, type IncidentReadDeps } from "@/lib/incidents/read-incidents";
import { headlineGroup } from "@/lib/correlation/describe-group";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { readGroupsOfIncidents } from "@/lib/correlation/read-incident-groups";
import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import { summarizeIncident, titleIncident } from "@/lib/incidents/describe-incident";
import { FEED_LIMIT } from "./config";
import type { Feed, FeedEntry } from "./feed-types";

const DAY_MS = 86_400_000;

function toEntry(i: Incident, origin: string, category: string, group: PublicGroup | undefined): FeedEntry {
  const base = i.endedAt ?? (i.peakAt > i.detectedAt ? i.peakAt : i.detectedAt);
  // The vendor's acknowledgement changes the entry's text (its lag), so it counts as an update.
  const updated = i.officialAcknowledgedAt && i.officialAcknowledgedAt > base ? i.officialAcknowledgedAt : base;
  // Part of a wider outage: say so, with its likely cause; the entry then also changes when the group does.
  const wider = group ? ` Part of a wider outage: ${headlineGroup(group)} (${origin}${group.path}).` : "";
  return {
    url: `${origin}/status/${i.service.slug}/incidents/${i.id}`,
    // No running duration: an entry's text changes only when the incident does (peak, end).
    title: titleIncident(i),
    summary: summarizeIncident(i) + wider,
    category,
    published: i.detectedAt,
    updated: group && group.updatedAt > updated ? group.updatedAt : updated,
  };
}

/** The incidents feed, site-wide or for one service (undefined for an unknown one), newest first. */
export async function readIncidentFeed({ now, origin, format, service, correlation, ...deps }: IncidentReadDeps & { correlation: CorrelationStore; now: number; origin: string; format: "rss" | "atom"; service?: string }): Promise<Feed | undefined> {
  const catalog = await readCatalog(deps.catalog);
  const s = service ? catalog.find(service) : undefined;
  if (service && !s) return undefined;
  // The canonical path even when reached by an alias: it is the Atom feed's permanent id.
  const ext = format === "rss" ? "xml" : "atom";
  const selfPath = s ? `/status/${s.slug}/feed.${ext}` : `/feeds/incidents.${ext}`;
  const incidents = (await listIncidents({ ...deps, now, service: s?.slug, limit: FEED_LIMIT })) ?? [];
  // Newest first by start, open or not: a reader lists by date.
  incidents.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const category = (slug: string) => {
    const found = catalog.find(slug);
    return found ? CATEGORY_LABELS[found.category] : "";
  };
  const groups = await readGroupsOfIncidents({ catalog: deps.catalog, correlation, incidentIds: incidents.map((i) => i.id), now });
  const entries = incidents.map((i) => toEntry(i, origin, category(i.service.slug), groups.get(i.id)));
  // With no entries, the start of today: stable within a day, so the feed's ETag is too.
  const updated = entries.length ? entries.map((e) => e.updated).sort().at(-1)! : new Date(Math.floor(now / DAY_MS) * DAY_MS).toISOString();
  return {
    title: s ? `${s.name} outages — Downwire` : "Outages detected from user reports — Downwire",
    description: s
      ? `Outages of ${s.name} detected from people's problem reports on Downwire. Report counts are not the number of people affected.`
      : "Outages of popular services detected from people's problem reports on Downwire. Report counts are not the number of people affected.",
    siteUrl: s ? `${origin}/status/${s.slug}` : `${origin}/`,
    selfUrl: origin + selfPath,
    updated,
    entries,
  };
}
