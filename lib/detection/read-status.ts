import type { Status } from "./detector-state";
import type { DetectionStore, StatusRow } from "./store/detection-store";

/** A service's current verdict as the API and pages show it. */
export interface ServiceVerdict {
  status: Status;
  /** When the current possible/outage episode began (ISO), or null when ok. */
  since: string | null;
  /** Reports in the last `windowMinutes` minutes and how many were expected. */
  observed: number;
  expected: number;
  ratio: number;
  /** Probability of at least `observed` reports if nothing were wrong. */
  p: number;
  windowMinutes: number;
  /** The minute this verdict is about (ISO). */
  at: string;
  incidentId: number | null;
  /** "prior" while the usual level is still the cold-start assumption (under a day of the service's own history). */
  basis: "history" | "prior";
}

function toVerdict(r: StatusRow): ServiceVerdict {
  return {
    status: r.status,
    since: r.since === null ? null : new Date(r.since).toISOString(),
    observed: r.observed,
    expected: Math.round(r.expected * 10) / 10,
    ratio: Math.round((r.observed / Math.max(r.expected, 0.1)) * 10) / 10,
    p: Number(r.p.toPrecision(3)),
    windowMinutes: r.windowMinutes,
    at: new Date(r.at).toISOString(),
    incidentId: r.incidentId,
    basis: r.basis,
  };
}

/** Every service's latest verdict by service id. */
export async function readVerdicts(detection: DetectionStore): Promise<Map<number, ServiceVerdict>> {
  return new Map((await detection.readStatuses()).map((r) => [r.serviceId, toVerdict(r)]));
}

export async function readVerdict(detection: DetectionStore, serviceId: number): Promise<ServiceVerdict | null> {
  const row = await detection.readStatus(serviceId);
  return row ? toVerdict(row) : null;
}

export const SEVERITY: Record<Status, number> = { outage: 2, possible: 1, ok: 0 };
