import { headlineGroup } from "@/lib/correlation/describe-group";
import { listIncidentGroups, orderCauseFirst, type GroupReadDeps } from "@/lib/correlation/read-incident-groups";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { joinPlain } from "@/lib/i18n/join-list";
import { localizePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { FEED_LIMIT } from "./config";
import type { Feed, FeedEntry } from "./feed-types";

const DAY_MS = 86_400_000;

function toEntry(g: PublicGroup, origin: string, locale: Locale): FeedEntry {
  const t = getTranslator(locale, "feed");
  const members = joinPlain(locale, orderCauseFirst(g.members).map((m) => m.service.name));
  return {
    url: origin + localizePath(locale, g.path),
    // No running time: the entry changes only when the group does (members, cause, end).
    title: headlineGroup(g, undefined, locale),
    summary: t("groupSummary", { summary: g.summary, members }),
    category: g.kind === "upstream" ? t("kindUpstream") : g.kind === "local" ? t("kindLocal") : t("kindTogether"),
    published: g.startedAt,
    updated: g.updatedAt > g.startedAt ? g.updatedAt : g.startedAt,
  };
}

/** Outages across several services, newest first, in a language. */
export async function readGroupFeed({ now, origin, format, locale = DEFAULT_LOCALE, ...deps }: GroupReadDeps & { now: number; origin: string; format: "rss" | "atom" }): Promise<Feed> {
  const t = getTranslator(locale, "feed");
  const groups = (await listIncidentGroups({ ...deps, now, limit: FEED_LIMIT, locale })) ?? [];
  groups.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id - a.id);
  const entries = groups.map((g) => toEntry(g, origin, locale));
  const updated = entries.length ? entries.map((e) => e.updated).sort().at(-1)! : new Date(Math.floor(now / DAY_MS) * DAY_MS).toISOString();
  return {
    language: locale,
    title: t("groupsTitle"),
    description: t("groupsDescription"),
    siteUrl: origin + localizePath(locale, "/incidents/groups"),
    selfUrl: origin + localizePath(locale, `/feeds/incident-groups.${format === "rss" ? "xml" : "atom"}`),
    updated,
    entries,
  };
}
