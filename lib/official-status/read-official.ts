import type { OfficialStatusSource } from "@/lib/catalog/official-source";
import { toOfficialView, type OfficialView } from "./official-view";
import type { OfficialStatusStore } from "./store/official-status-store";

/**
 * A service's official status as the API and pages show it: null when it names no source; "unknown" until its first
 * good reading; the last good reading, flagged stale, while the source fails or the poller has not run for a while.
 */
export async function readOfficialView({ official, serviceId, source, now, intervalMs }: { official: OfficialStatusStore; serviceId: number; source: OfficialStatusSource | null; now: number; intervalMs: number }): Promise<OfficialView | null> {
  if (!source) return null;
  const [state] = await official.readStates([serviceId]);
  const current = state && state.format === source.format && state.url === source.url ? state : null;
  return toOfficialView(
    { format: source.format, url: source.url, reading: current?.reading ?? null, checkedAt: current?.checkedAt ?? null, stale: current?.stale ?? false, lastError: current?.lastError ?? null },
    now,
    intervalMs,
  );
}

/** A vendor incident as a span on the service's chart. */
export interface OfficialSpan {
  name: string;
  impact: string;
  /** ISO: when the vendor says the impact began, and when it resolved it (null while open). */
  from: string;
  to: string | null;
  url: string | null;
}

const SPAN_DAYS = 8;

/** The vendor's incidents of the last week and a day (the longest chart range), oldest first, for the chart's marks. */
export async function readOfficialSpans({ official, serviceId, now }: { official: OfficialStatusStore; serviceId: number; now: number }): Promise<OfficialSpan[]> {
  const rows = await official.readIncidentsBetween([serviceId], now - SPAN_DAYS * 86_400_000, now);
  return rows.map((r) => ({
    name: r.name,
    impact: r.impact,
    from: new Date(Math.min(r.startedAt, r.acknowledgedAt)).toISOString(),
    to: r.resolvedAt === null ? null : new Date(r.resolvedAt).toISOString(),
    url: r.url,
  }));
}
