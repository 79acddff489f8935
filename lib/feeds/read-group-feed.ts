import { headlineGroup } from "@/lib/correlation/describe-group";
import { listIncidentGroups, orderCauseFirst, type GroupReadDeps } from "@/lib/correlation/read-incident-groups";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { FEED_LIMIT } from "./config";
import type { Feed, FeedEntry } from "./feed-types";

const DAY_MS = 86_400_000;

function toEntry(g: PublicGroup, origin: string): FeedEntry {
  const members = orderCauseFirst(g.members).map((m) => m.service.name).join(", ");
  return {
    url: origin + g.path,
    // No running time: the entry changes only when the group does (members, cause, end).
    title: headlineGroup(g),
    summary: `${g.summary} Services: ${members}.`,
    category: g.kind === "upstream" ? "Upstream outage" : g.kind === "local" ? "Local outage" : "Outages at the same time",
    published: g.startedAt,
    updated: g.updatedAt > g.startedAt ? g.updatedAt : g.startedAt,
  };
}

/** Outages across several services, newest first. */
export async function readGroupFeed({ now, origin, format, ...deps }: GroupReadDeps & { now: number; origin: string; format: "rss" | "atom" }): Promise<Feed> {
  const groups = (await listIncidentGroups({ ...deps, now, limit: FEED_LIMIT })) ?? [];
  groups.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id - a.id);
  const entries = groups.map((g) => toEntry(g, origin));
  const updated = entries.length ? entries.map((e) => e.updated).sort().at(-1)! : new Date(Math.floor(now / DAY_MS) * DAY_MS).toISOString();
  return {
    title: "Outages across several services — Downwire",
    description:
      "Services failing together, with the likely upstream cause (a service they run on) or a local cause (one country), inferred from people's problem reports on Downwire. Report counts are not the number of people affected.",
    siteUrl: `${origin}/incidents/groups`,
    selfUrl: `${origin}/feeds/incident-groups.${format === "rss" ? "xml" : "atom"}`,
    updated,
    entries,
  };
}
