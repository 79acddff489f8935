import type { SourceRow } from "./store/official-status-store";
import type { Indicator, OfficialFormat } from "./types";

/** `official` in GET /api/v1/services/:slug (README "Official status"). */
export interface OfficialView {
  indicator: Indicator;
  description: string;
  components: { name: string; status: string }[];
  incidents: { id: string; name: string; impact: Indicator; status: string; startedAt: string; updatedAt: string; url: string | null }[];
  checkedAt: string | null;
  stale: boolean;
  source: { format: OfficialFormat; url: string };
}

/** A reading older than this many poll intervals is stale even if no attempt failed (the poller is not running). */
export const STALE_AFTER_INTERVALS = 3;

/** What the API and pages show for a service's source: the last good reading, and whether it is stale. */
export function toOfficialView(source: Pick<SourceRow, "format" | "url" | "reading" | "checkedAt" | "stale" | "lastError">, now: number, intervalMs: number): OfficialView {
  const r = source.reading;
  const old = source.checkedAt === null || now - source.checkedAt > STALE_AFTER_INTERVALS * intervalMs;
  return {
    indicator: r?.indicator ?? "unknown",
    description: r?.description ?? (source.lastError ? "The status page could not be read" : "Not checked yet"),
    components: r?.components ?? [],
    incidents: (r?.incidents ?? []).map(({ id, name, impact, status, startedAt, updatedAt, url }) => ({ id, name, impact, status, startedAt, updatedAt, url })),
    checkedAt: source.checkedAt === null ? null : new Date(source.checkedAt).toISOString(),
    stale: source.stale || r === null || old,
    source: { format: source.format, url: source.url },
  };
}
