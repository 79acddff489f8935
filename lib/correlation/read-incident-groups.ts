import { nameIn, readCatalog, type Catalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { nameCountry } from "@/lib/catalog/name-country";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { phraseCountry } from "./country-phrase";
import { buildDependencyGraph, type DependencyGraph } from "./dependency-graph";
import { describeCause, headlineGroup, summarizeGroup } from "./describe-group";
import { toPublicLocality } from "./describe-locality";
import type { PublicCause, PublicGroup, PublicLocalCause, PublicMember, PublicRate, PublicRejected, PublicUpstreamCause, ServiceRef } from "./public-types";
import type { CorrelationStore, GroupRow, MemberRow } from "./store/correlation-store";
import type { Cause, GroupExplanation, Locality, RateEvidence, RejectedCandidate } from "./types";

const iso = (t: number) => new Date(t).toISOString();
const ref = (catalog: Catalog, id: number, locale: Locale): ServiceRef => {
  const s = catalog.findById(id);
  return s ? { slug: s.slug, name: nameIn(s, locale) } : { slug: "", name: getTranslator(locale, "group")("unlisted") };
};
const rate = (r: RateEvidence | null): PublicRate | null => (r ? { observed: r.observed, usual: r.usual, ratio: r.ratio, windowMinutes: r.windowMinutes } : null);
const rejected = (catalog: Catalog, r: RejectedCandidate, locale: Locale): PublicRejected => ({
  service: ref(catalog, r.serviceId, locale),
  affected: r.affected,
  dependents: r.dependents,
  reports: rate(r.rate),
  confidence: r.confidence,
  reason: r.reason,
});

async function readMembers(correlation: CorrelationStore, catalog: Catalog, groupIds: number[]): Promise<Map<number, MemberRow[]>> {
  const out = new Map<number, MemberRow[]>();
  for (const r of await correlation.readMembers(groupIds)) {
    if (catalog.findById(r.service_id)?.hidden !== false) continue;
    out.set(r.group_id, [...(out.get(r.group_id) ?? []), r]);
  }
  return out;
}

/** "runs on Cloudflare", or "runs on Cloudflare (through Epic Games Store)" when the link is indirect. */
function reasonFor(catalog: Catalog, graph: DependencyGraph, m: MemberRow, lead: Cause | undefined, causes: Cause[], locality: Locality, locale: Locale): string {
  const t = getTranslator(locale, "group");
  const country = (code: string) => phraseCountry({ code, name: nameCountry(code, locale) }, locale);
  const role = m.role ?? "unexplained";
  if (role === "upstream") return t("reasonCause");
  if (role === "local") {
    const local = lead?.kind === "local" ? lead : undefined;
    if (local?.providerServiceId === m.service_id) return t("reasonProvider", { country: country(local.country) });
    return locality.country ? t("reasonLocalFrom", { country: country(locality.country) }) : t("reasonLocal");
  }
  if (role === "unexplained") return t("reasonNoLink");
  const cause = causes.find((c) => c.kind === "upstream" && c.explained.includes(m.incident_id)) ?? lead;
  if (!cause || cause.kind !== "upstream") return t("reasonRunsOnCause");
  const upstream = ref(catalog, cause.serviceId, locale).name;
  const service = catalog.findById(m.service_id);
  const direct = service?.dependsOn.includes(catalog.findById(cause.serviceId)?.slug ?? "");
  if (direct || !service) return t("reasonRunsOn", { upstream });
  const via = service.dependsOn.map((slug) => catalog.find(slug)).find((s) => s && (s.id === cause.serviceId || graph.ancestorsOf(s.id).has(cause.serviceId)));
  return via ? t("reasonRunsOnVia", { upstream, via: nameIn(via, locale) }) : t("reasonRunsOn", { upstream });
}

function toPublicCause(catalog: Catalog, c: Cause, visible: Set<number>, locale: Locale): Omit<PublicUpstreamCause, "sentence"> | Omit<PublicLocalCause, "sentence"> {
  const explains = c.explained.filter((id) => visible.has(id));
  if (c.kind === "local") {
    const provider = c.providerServiceId !== null ? ref(catalog, c.providerServiceId, locale) : null;
    return { kind: "local", country: { code: c.country, name: nameCountry(c.country, locale) }, confidence: c.confidence, share: c.share, usualShare: c.usualShare, provider, explains };
  }
  return {
    kind: "upstream",
    service: ref(catalog, c.serviceId, locale),
    confidence: c.confidence,
    dependents: c.dependents,
    affected: c.affected,
    incidentId: c.ownIncidentId !== null && visible.has(c.ownIncidentId) ? c.ownIncidentId : null,
    reports: rate(c.rate),
    alternatives: c.alternatives.map((a) => rejected(catalog, a, locale)),
    explains,
  };
}

function toPublicGroup(catalog: Catalog, graph: DependencyGraph, row: GroupRow, memberRows: MemberRow[], now: number, locale: Locale): PublicGroup {
  const e = JSON.parse(row.explanation) as GroupExplanation;
  const members: PublicMember[] = memberRows.map((m) => {
    const locality = JSON.parse(m.locality) as Locality;
    const service = ref(catalog, m.service_id, locale);
    return {
      incidentId: m.incident_id,
      service,
      role: m.role ?? "unexplained",
      startedAt: iso(m.started_at),
      detectedAt: iso(m.detected_at),
      endedAt: m.ended_at === null ? null : iso(m.ended_at),
      open: m.ended_at === null,
      peakReports: m.peak_count,
      peakExpected: Math.round(m.peak_expected * 10) / 10,
      locality: toPublicLocality(locality, service.name, locale),
      reason: reasonFor(catalog, graph, m, e.causes[0], e.causes, locality, locale),
    };
  });
  const visible = new Set(members.map((m) => m.incidentId));
  const base = { open: row.ended_at === null, startedAt: iso(row.started_at), members };
  const causes = e.causes.map((c) => {
    const partial = toPublicCause(catalog, c, visible, locale);
    return { ...partial, sentence: describeCause(partial as PublicCause, base, now, locale) } as PublicCause;
  });
  const group: Omit<PublicGroup, "summary" | "headline"> = {
    id: row.id,
    ...base,
    endedAt: row.ended_at === null ? null : iso(row.ended_at),
    updatedAt: iso(row.updated_at),
    kind: e.kind,
    cause: causes[0] ?? null,
    causes,
    rejected: e.rejected ? rejected(catalog, e.rejected, locale) : null,
    chanceExpected: e.chanceExpected === null ? null : Math.round(e.chanceExpected * 100) / 100,
    path: `/incidents/groups/${row.id}`,
  };
  const { members: list, path, ...head } = group;
  return { ...head, headline: headlineGroup(group, now, locale), summary: summarizeGroup(group, locale), members: list, path };
}

/**
 * Members for readers: the likely cause first, then the rest in the order they started (start times a minute
 * apart are within the noise of when a surge shows, and readers look for the cause at the top). The API keeps
 * plain start order.
 */
export function orderCauseFirst(members: readonly PublicMember[]): PublicMember[] {
  return [...members].sort((a, b) => Number(b.role === "upstream") - Number(a.role === "upstream") || a.startedAt.localeCompare(b.startedAt));
}

export interface GroupReadDeps {
  catalog: CatalogStore;
  correlation: CorrelationStore;
  /** The language of names and sentences (English by default; the API's field values stay English). */
  locale?: Locale;
}

async function buildGroups({ catalog: catalogStore, correlation, locale = DEFAULT_LOCALE }: GroupReadDeps, rows: GroupRow[], now: number): Promise<PublicGroup[]> {
  if (!rows.length) return [];
  const catalog = await readCatalog(catalogStore);
  const members = await readMembers(correlation, catalog, rows.map((r) => r.id));
  const graph = buildDependencyGraph(catalog.list());
  // An operator may have dismissed or hidden members since: fewer than two left is no longer a group to show.
  return rows.filter((r) => (members.get(r.id)?.length ?? 0) >= 2).map((r) => toPublicGroup(catalog, graph, r, members.get(r.id)!, now, locale));
}

/**
 * Groups of outages that happened together, open ones first, then the most recent; optionally only those a service
 * was part of or named as the cause of (null for an unknown service), only local ones of a `country` (ISO code), and
 * only those that began before `before` (ms).
 */
export async function listIncidentGroups({ now, state = "all", limit = 50, before, service, country, ...deps }: GroupReadDeps & { now: number; state?: "open" | "closed" | "all"; limit?: number; before?: number; service?: string; country?: string }): Promise<PublicGroup[] | null> {
  let serviceId: number | undefined;
  if (service) {
    serviceId = (await readCatalog(deps.catalog)).find(service)?.id;
    if (serviceId === undefined) return null;
  }
  return buildGroups(deps, await deps.correlation.listGroups({ state, limit, before, serviceId, country }), now);
}

export async function readIncidentGroup({ id, now, ...deps }: GroupReadDeps & { id: number; now: number }): Promise<PublicGroup | null> {
  return (await buildGroups(deps, await deps.correlation.readGroups([id]), now))[0] ?? null;
}

/** Days a closed group stays among the home page's recent ones. */
const RECENT_DAYS = 7;

/** For the home page: groups happening now (banner), and when none, the latest few of the past week. */
export async function readGroupHighlights({ now, ...deps }: GroupReadDeps & { now: number }): Promise<{ active: PublicGroup[]; recent: PublicGroup[] }> {
  const active = (await listIncidentGroups({ ...deps, now, state: "open", limit: 5 })) ?? [];
  const recent = active.length ? [] : ((await listIncidentGroups({ ...deps, now, state: "closed", limit: 3 })) ?? []).filter((g) => now - Date.parse(g.endedAt!) < RECENT_DAYS * 86_400_000);
  return { active, recent };
}

/** The group (shown only with two or more members) each of these incidents belongs to. */
export async function readGroupsOfIncidents({ incidentIds, now, ...deps }: GroupReadDeps & { incidentIds: number[]; now: number }): Promise<Map<number, PublicGroup>> {
  const out = new Map<number, PublicGroup>();
  if (!incidentIds.length) return out;
  const links = await deps.correlation.readGroupLinks(incidentIds.map(Number));
  const ids = [...new Set(links.map((l) => l.groupId))];
  if (!ids.length) return out;
  const groups = new Map((await buildGroups(deps, await deps.correlation.readGroups(ids), now)).map((g) => [g.id, g]));
  for (const l of links) {
    const g = groups.get(l.groupId);
    if (g?.members.some((m) => m.incidentId === l.incidentId)) out.set(l.incidentId, g);
  }
  return out;
}
