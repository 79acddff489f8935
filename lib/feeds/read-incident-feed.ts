import { labelCategory } from "@/lib/catalog/categories";
import { nameCountry } from "@/lib/catalog/name-country";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { headlineGroup } from "@/lib/correlation/describe-group";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { readGroupsOfIncidents } from "@/lib/correlation/read-incident-groups";
import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import { readCountryIncidents } from "@/lib/countries/read-country-incidents";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { listIncidents, type Incident, type IncidentReadDeps } from "@/lib/incidents/read-incidents";
import { summarizeIncident, titleIncident } from "@/lib/incidents/describe-incident";
import { FEED_LIMIT } from "./config";
import type { Feed, FeedEntry } from "./feed-types";

const DAY_MS = 86_400_000;

function toEntry(i: Incident, origin: string, category: string, group: PublicGroup | undefined, locale: Locale): FeedEntry {
  const base = i.endedAt ?? (i.peakAt > i.detectedAt ? i.peakAt : i.detectedAt);
  // The vendor's acknowledgement changes the entry's text (its lag), so it counts as an update.
  const updated = i.officialAcknowledgedAt && i.officialAcknowledgedAt > base ? i.officialAcknowledgedAt : base;
  // Part of a wider outage: say so, with its likely cause; the entry then also changes when the group does.
  const wider = group ? getTranslator(locale, "feed")("partOfWider", { headline: headlineGroup(group, undefined, locale), url: origin + localizePath(locale, group.path) }) : "";
  return {
    url: origin + localizePath(locale, `/status/${i.service.slug}/incidents/${i.id}`),
    // No running duration: an entry's text changes only when the incident does (peak, end).
    title: titleIncident(i, undefined, locale),
    summary: summarizeIncident(i, undefined, locale) + wider,
    category,
    published: i.detectedAt,
    updated: group && group.updatedAt > updated ? group.updatedAt : updated,
  };
}

/**
 * The incidents feed, site-wide, for one service (undefined for an unknown one) or for one country (outages whose
 * reports came mostly from it), newest first, in a language (its links go to the pages in that language).
 */
export async function readIncidentFeed({ now, origin, format, service, country, correlation, locale = DEFAULT_LOCALE, ...deps }: IncidentReadDeps & { correlation: CorrelationStore; now: number; origin: string; format: "rss" | "atom"; service?: string; country?: string; locale?: Locale }): Promise<Feed | undefined> {
  const catalog = await readCatalog(deps.catalog);
  const s = service ? catalog.find(service) : undefined;
  if (service && !s) return undefined;
  const t = getTranslator(locale, "feed");
  // The canonical path even when reached by an alias: it is the Atom feed's permanent id.
  const ext = format === "rss" ? "xml" : "atom";
  const selfPath = s ? `/status/${s.slug}/feed.${ext}` : country ? `/country/${country.toLowerCase()}/feed.${ext}` : `/feeds/incidents.${ext}`;
  const incidents = (country ? await readCountryIncidents({ ...deps, correlation, now, country, limit: FEED_LIMIT }) : await listIncidents({ ...deps, now, service: s?.slug, limit: FEED_LIMIT })) ?? [];
  // Newest first by start, open or not: a reader lists by date.
  incidents.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const groups = await readGroupsOfIncidents({ catalog: deps.catalog, correlation, incidentIds: incidents.map((i) => i.id), now, locale });
  const entries = incidents.map((i) => {
    const found = catalog.find(i.service.slug);
    return toEntry(localizeIncident(i, found, locale), origin, found ? labelCategory(found.category, locale) : "", groups.get(i.id), locale);
  });
  // With no entries, the start of today: stable within a day, so the feed's ETag is too.
  const updated = entries.length ? entries.map((e) => e.updated).sort().at(-1)! : new Date(Math.floor(now / DAY_MS) * DAY_MS).toISOString();
  const place = country ? nameCountry(country.toUpperCase(), locale) : "";
  const name = s ? nameIn(s, locale) : "";
  return {
    language: locale,
    title: s ? t("serviceTitle", { name }) : country ? t("countryTitle", { country: place }) : t("allTitle"),
    description: s ? t("serviceDescription", { name }) : country ? t("countryDescription", { country: place }) : t("allDescription"),
    siteUrl: origin + localizePath(locale, s ? `/status/${s.slug}` : country ? `/country/${country.toLowerCase()}` : "/"),
    selfUrl: origin + localizePath(locale, selfPath),
    updated,
    entries,
  };
}
