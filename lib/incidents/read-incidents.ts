import { readCatalog, type Catalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { LIVE_BUCKET_MS } from "@/lib/detection/config";
import type { DetectionStore, IncidentRow } from "@/lib/detection/store/detection-store";
import { readSharesBetween, type Share } from "@/lib/reports/read-breakdown";
import type { ReportStore } from "@/lib/reports/store/report-store";
import { readAcknowledgements, type Acknowledgement } from "@/lib/official-status/read-acknowledgements";
import type { OfficialStatusStore } from "@/lib/official-status/store/official-status-store";

/** An outage as the API, pages and feeds show it. */
export interface Incident {
  id: number;
  service: { slug: string; name: string };
  /** When the surge began, when the detector called it an outage, its peak, and when it ended (null while open). */
  startedAt: string;
  detectedAt: string;
  peakAt: string;
  /** Reports in the evaluation window at the peak, and how many were expected then. */
  peakReports: number;
  peakExpected: number;
  endedAt: string | null;
  open: boolean;
  topProblems: Share[];
  topCountries: Share[];
  /** An operator's public note (why it was dismissed). */
  note: string | null;
  /** Who closed it: the detector (reports back to normal) or an operator (a false alarm); null while open. */
  closedBy: "detector" | "operator" | null;
  /** When the vendor first said something was wrong (its status page; README "Official status"); null if it never did. */
  officialAcknowledgedAt: string | null;
  /** Minutes from the surge's start to that acknowledgement (negative when the vendor spoke first); null if none. */
  acknowledgementLagMinutes: number | null;
}

export interface IncidentReadDeps {
  catalog: CatalogStore;
  reports: ReportStore;
  detection: DetectionStore;
  official: OfficialStatusStore;
}

const iso = (t: number) => new Date(t).toISOString();

async function toIncident(reports: ReportStore, catalog: Catalog, r: IncidentRow, now: number, ack: Acknowledgement | undefined): Promise<Incident | null> {
  const service = catalog.findById(r.serviceId);
  if (!service || service.hidden) return null;
  // An open incident's breakdown is read live; a closed one's was frozen when it closed.
  const live = r.endedAt === null ? await readSharesBetween({ reports, service, from: r.startedAt, to: Math.floor(now / LIVE_BUCKET_MS) * LIVE_BUCKET_MS + LIVE_BUCKET_MS }) : null;
  return {
    id: r.id,
    service: { slug: service.slug, name: service.name },
    startedAt: iso(r.startedAt),
    detectedAt: iso(r.detectedAt),
    peakAt: iso(r.peakAt),
    peakReports: r.peakCount,
    peakExpected: Math.round(r.peakExpected * 10) / 10,
    endedAt: r.endedAt === null ? null : iso(r.endedAt),
    open: r.endedAt === null,
    topProblems: live ? live.problems.slice(0, 5) : (JSON.parse(r.topProblems) as Share[]),
    topCountries: live ? live.countries.slice(0, 5) : (JSON.parse(r.topCountries) as Share[]),
    note: r.note,
    closedBy: r.endedAt === null ? null : (r.closedBy ?? "detector"),
    officialAcknowledgedAt: ack ? iso(ack.acknowledgedAt) : null,
    acknowledgementLagMinutes: ack ? ack.lagMinutes : null,
  };
}

/** One incident with its service id and its frozen chart (JSON, null until it closes); null if unknown or hidden. */
export async function readIncidentRow({ id, now, ...deps }: IncidentReadDeps & { id: number; now: number }): Promise<{ incident: Incident; serviceId: number; chart: string | null } | null> {
  const row = await deps.detection.readIncident(id);
  const acks = row ? await readAcknowledgements(deps.official, [row], now) : new Map<number, Acknowledgement>();
  const incident = row ? await toIncident(deps.reports, await readCatalog(deps.catalog), row, now, acks.get(row.id)) : null;
  return row && incident ? { incident, serviceId: row.serviceId, chart: row.chart } : null;
}

/** These incidents (hidden services' left out), open ones first, then the most recent. */
export async function listIncidentsByIds({ now, ids, ...deps }: IncidentReadDeps & { now: number; ids: readonly number[] }): Promise<Incident[]> {
  const catalog = await readCatalog(deps.catalog);
  const rows = await deps.detection.readIncidents(ids);
  const acks = await readAcknowledgements(deps.official, rows, now);
  const out: Incident[] = [];
  for (const r of rows) {
    const incident = await toIncident(deps.reports, catalog, r, now, acks.get(r.id));
    if (incident) out.push(incident);
  }
  return out;
}

/**
 * Open incidents first, then the most recent; optionally one service's only (null for an unknown one), and only
 * those that started before `before` (ms; the cursor of the next page).
 */
export async function listIncidents({ now, service, state = "all", limit = 50, before, ...deps }: IncidentReadDeps & {
  now: number;
  service?: string;
  state?: "open" | "closed" | "all";
  limit?: number;
  before?: number;
}): Promise<Incident[] | null> {
  const catalog = await readCatalog(deps.catalog);
  const s = service ? catalog.find(service) : undefined;
  if (service && !s) return null;
  const rows = await deps.detection.listIncidents({ serviceId: s?.id, state, before, limit });
  const acks = await readAcknowledgements(deps.official, rows, now);
  const out: Incident[] = [];
  for (const r of rows) {
    const incident = await toIncident(deps.reports, catalog, r, now, acks.get(r.id));
    if (incident) out.push(incident);
  }
  return out;
}
