import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { LAG_WINDOW_DAYS, rankVendors, type VendorLagRow } from "./acknowledgement-lag";
import { readAcknowledgements } from "./read-acknowledgements";
import type { OfficialStatusStore } from "./store/official-status-store";

export interface OfficialLagRanking {
  windowDays: number;
  from: string;
  to: string;
  /** Quickest median acknowledgement first; vendors that acknowledged none of their outages last. */
  vendors: (VendorLagRow & { source: { format: string; url: string } })[];
}

/** The most crowd incidents one ranking reads (a 90-day window holds far fewer on any real install). */
const MAX_INCIDENTS = 20_000;
const DAY_MS = 86_400_000;

/**
 * `GET /api/v1/official-lag`: every visible service that names an official source and had a crowd incident in the
 * last 90 days, ranked by the median of its acknowledgement lags. Incidents an operator dismissed as false alarms
 * are left out: a vendor cannot acknowledge an outage that was not one.
 */
export async function readOfficialLag({ catalog, detection, official, now }: { catalog: CatalogStore; detection: DetectionStore; official: OfficialStatusStore; now: number }): Promise<OfficialLagRanking> {
  const services = (await readCatalog(catalog)).list().filter((s) => s.officialStatus);
  const byId = new Map(services.map((s) => [s.id, s]));
  const since = now - LAG_WINDOW_DAYS * DAY_MS;
  const rows = (await detection.listIncidents({ state: "all", since, limit: MAX_INCIDENTS })).filter((r) => byId.has(r.serviceId) && r.closedBy !== "operator");
  const acks = await readAcknowledgements(official, rows, now);
  const lags = new Map<number, (number | null)[]>();
  for (const r of rows) (lags.get(r.serviceId) ?? lags.set(r.serviceId, []).get(r.serviceId)!).push(acks.get(r.id)?.lagMinutes ?? null);
  const ranked = rankVendors([...lags].map(([id, l]) => ({ service: { slug: byId.get(id)!.slug, name: byId.get(id)!.name }, lags: l })));
  return {
    windowDays: LAG_WINDOW_DAYS,
    from: new Date(since).toISOString(),
    to: new Date(now).toISOString(),
    vendors: ranked.map((row) => {
      const source = services.find((s) => s.slug === row.service.slug)!.officialStatus!;
      return { ...row, source: { format: source.format, url: source.url } };
    }),
  };
}
