import type { Db } from "@/db/client";
import { findService, findServiceById, listServices, nameIn } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { nameCountry } from "@/lib/catalog/countries";
import { phraseCountry } from "./country-phrase";
import { buildDependencyGraph, type DependencyGraph } from "./dependency-graph";
import { describeCause, headlineGroup, summarizeGroup } from "./describe-group";
import { toPublicLocality } from "./describe-locality";
import type { PublicCause, PublicGroup, PublicLocalCause, PublicMember, PublicRate, PublicRejected, PublicUpstreamCause, ServiceRef } from "./public-types";
import type { Cause, GroupExplanation, Locality, RateEvidence, RejectedCandidate, Role } from "./types";

interface GroupRow {
  id: number;
  started_at: number;
  ended_at: number | null;
  explanation: string;
  updated_at: number;
}

interface MemberRow {
  group_id: number;
  incident_id: number;
  role: Role | null;
  locality: string;
  service_id: number;
  started_at: number;
  detected_at: number;
  ended_at: number | null;
  peak_count: number;
  peak_expected: number;
}

const iso = (t: number) => new Date(t).toISOString();
const ref = (db: Db, id: number, locale: Locale): ServiceRef => {
  const s = findServiceById(db, id);
  return s ? { slug: s.slug, name: nameIn(s, locale) } : { slug: "", name: getTranslator(locale, "group")("unlisted") };
};
const rate = (r: RateEvidence | null): PublicRate | null => (r ? { observed: r.observed, usual: r.usual, ratio: r.ratio, windowMinutes: r.windowMinutes } : null);
const rejected = (db: Db, r: RejectedCandidate, locale: Locale): PublicRejected => ({
  service: ref(db, r.serviceId, locale),
  affected: r.affected,
  dependents: r.dependents,
  reports: rate(r.rate),
  confidence: r.confidence,
  reason: r.reason,
});

function readMembers(db: Db, groupIds: number[]): Map<number, MemberRow[]> {
  const out = new Map<number, MemberRow[]>();
  if (!groupIds.length) return out;
  const rows = db.$client
    .prepare(
      `SELECT a.group_id, a.incident_id, a.role, a.locality, a.service_id, i.started_at, i.detected_at, i.ended_at, i.peak_count, i.peak_expected
       FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id
       WHERE a.group_id IN (${groupIds.join(",")}) AND (i.closed_by IS NULL OR i.closed_by != 'operator')
       ORDER BY i.started_at, i.id`,
    )
    .all() as MemberRow[];
  for (const r of rows) {
    if (findServiceById(db, r.service_id)?.hidden !== false) continue;
    out.set(r.group_id, [...(out.get(r.group_id) ?? []), r]);
  }
  return out;
}

/** "runs on Cloudflare", or "runs on Cloudflare (through Epic Games Store)" when the link is indirect. */
function reasonFor(db: Db, graph: DependencyGraph, m: MemberRow, lead: Cause | undefined, causes: Cause[], locality: Locality, locale: Locale): string {
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
  const upstream = ref(db, cause.serviceId, locale).name;
  const service = findServiceById(db, m.service_id);
  const direct = service?.dependsOn.includes(findServiceById(db, cause.serviceId)?.slug ?? "");
  if (direct || !service) return t("reasonRunsOn", { upstream });
  const via = service.dependsOn.map((slug) => findService(db, slug)).find((s) => s && (s.id === cause.serviceId || graph.ancestorsOf(s.id).has(cause.serviceId)));
  return via ? t("reasonRunsOnVia", { upstream, via: nameIn(via, locale) }) : t("reasonRunsOn", { upstream });
}

function toPublicCause(db: Db, c: Cause, visible: Set<number>, locale: Locale): Omit<PublicUpstreamCause, "sentence"> | Omit<PublicLocalCause, "sentence"> {
  const explains = c.explained.filter((id) => visible.has(id));
  if (c.kind === "local") {
    const provider = c.providerServiceId !== null ? ref(db, c.providerServiceId, locale) : null;
    return { kind: "local", country: { code: c.country, name: nameCountry(c.country, locale) }, confidence: c.confidence, share: c.share, usualShare: c.usualShare, provider, explains };
  }
  return {
    kind: "upstream",
    service: ref(db, c.serviceId, locale),
    confidence: c.confidence,
    dependents: c.dependents,
    affected: c.affected,
    incidentId: c.ownIncidentId !== null && visible.has(c.ownIncidentId) ? c.ownIncidentId : null,
    reports: rate(c.rate),
    alternatives: c.alternatives.map((a) => rejected(db, a, locale)),
    explains,
  };
}

function toPublicGroup(db: Db, graph: DependencyGraph, row: GroupRow, memberRows: MemberRow[], now: number, locale: Locale): PublicGroup {
  const e = JSON.parse(row.explanation) as GroupExplanation;
  const members: PublicMember[] = memberRows.map((m) => {
    const locality = JSON.parse(m.locality) as Locality;
    const service = ref(db, m.service_id, locale);
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
      reason: reasonFor(db, graph, m, e.causes[0], e.causes, locality, locale),
    };
  });
  const visible = new Set(members.map((m) => m.incidentId));
  const base = { open: row.ended_at === null, startedAt: iso(row.started_at), members };
  const causes = e.causes.map((c) => {
    const partial = toPublicCause(db, c, visible, locale);
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
    rejected: e.rejected ? rejected(db, e.rejected, locale) : null,
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

function buildGroups(db: Db, rows: GroupRow[], now: number, locale: Locale): PublicGroup[] {
  if (!rows.length) return [];
  const members = readMembers(db, rows.map((r) => r.id));
  const graph = buildDependencyGraph(listServices(db));
  // An operator may have dismissed or hidden members since: fewer than two left is no longer a group to show.
  return rows.filter((r) => (members.get(r.id)?.length ?? 0) >= 2).map((r) => toPublicGroup(db, graph, r, members.get(r.id)!, now, locale));
}

/**
 * Groups of outages that happened together, open ones first, then the most recent; optionally only those a service
 * was part of or named as the cause of (null for an unknown service), and only those that began before `before` (ms).
 */
export function listIncidentGroups({ db, now, state = "all", limit = 50, before, service, country, locale = DEFAULT_LOCALE }: { db: Db; now: number; state?: "open" | "closed" | "all"; limit?: number; before?: number; service?: string; country?: string; locale?: Locale }): PublicGroup[] | null {
  const where = ["member_count >= 2"];
  const args: (number | string)[] = [];
  if (service) {
    const s = findService(db, service);
    if (!s) return null;
    where.push("(cause_service_id = ? OR id IN (SELECT group_id FROM incident_assessments WHERE service_id = ? AND group_id IS NOT NULL))");
    args.push(s.id, s.id);
  }
  if (before !== undefined) {
    where.push("started_at < ?");
    args.push(before);
  }
  if (state === "open") where.push("ended_at IS NULL");
  if (state === "closed") where.push("ended_at IS NOT NULL");
  if (country) {
    // Local groups of that country (their explanation names it as the cause).
    where.push("kind = 'local' AND json_extract(explanation, '$.causes[0].country') = ?");
    args.push(country);
  }
  const rows = db.$client
    .prepare(`SELECT id, started_at, ended_at, explanation, updated_at FROM incident_groups WHERE ${where.join(" AND ")} ORDER BY (ended_at IS NULL) DESC, started_at DESC, id DESC LIMIT ?`)
    .all(...args, limit) as GroupRow[];
  return buildGroups(db, rows, now, locale);
}

export function readIncidentGroup({ db, id, now, locale = DEFAULT_LOCALE }: { db: Db; id: number; now: number; locale?: Locale }): PublicGroup | null {
  const row = db.$client.prepare("SELECT id, started_at, ended_at, explanation, updated_at FROM incident_groups WHERE id = ?").get(id) as GroupRow | undefined;
  return row ? (buildGroups(db, [row], now, locale)[0] ?? null) : null;
}

/** Days a closed group stays among the home page's recent ones. */
const RECENT_DAYS = 7;

/** For the home page: groups happening now (banner), and when none, the latest few of the past week. */
export function readGroupHighlights({ db, now, locale = DEFAULT_LOCALE }: { db: Db; now: number; locale?: Locale }): { active: PublicGroup[]; recent: PublicGroup[] } {
  const active = listIncidentGroups({ db, now, state: "open", limit: 5, locale }) ?? [];
  const recent = active.length ? [] : (listIncidentGroups({ db, now, state: "closed", limit: 3, locale }) ?? []).filter((g) => now - Date.parse(g.endedAt!) < RECENT_DAYS * 86_400_000);
  return { active, recent };
}

/** The group (shown only with two or more members) each of these incidents belongs to. */
export function readGroupsOfIncidents({ db, incidentIds, now, locale = DEFAULT_LOCALE }: { db: Db; incidentIds: number[]; now: number; locale?: Locale }): Map<number, PublicGroup> {
  const out = new Map<number, PublicGroup>();
  if (!incidentIds.length) return out;
  const links = db.$client
    .prepare(`SELECT incident_id AS i, group_id AS g FROM incident_assessments WHERE group_id IS NOT NULL AND incident_id IN (${incidentIds.map(Number).join(",")})`)
    .all() as { i: number; g: number }[];
  const ids = [...new Set(links.map((l) => l.g))];
  if (!ids.length) return out;
  const rows = db.$client.prepare(`SELECT id, started_at, ended_at, explanation, updated_at FROM incident_groups WHERE id IN (${ids.join(",")})`).all() as GroupRow[];
  const groups = new Map(buildGroups(db, rows, now, locale).map((g) => [g.id, g]));
  for (const l of links) {
    const g = groups.get(l.g);
    if (g?.members.some((m) => m.incidentId === l.i)) out.set(l.i, g);
  }
  return out;
}
