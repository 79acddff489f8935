import type { Db } from "@/db/client";
import type { Status } from "./detector-state";

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

interface Row {
  service_id: number;
  status: Status;
  since: number | null;
  observed: number;
  expected: number;
  p: number;
  window_minutes: number;
  at: number;
  incident_id: number | null;
  basis: "history" | "prior";
}

function toVerdict(r: Row): ServiceVerdict {
  return {
    status: r.status,
    since: r.since === null ? null : new Date(r.since).toISOString(),
    observed: r.observed,
    expected: Math.round(r.expected * 10) / 10,
    ratio: Math.round((r.observed / Math.max(r.expected, 0.1)) * 10) / 10,
    p: Number(r.p.toPrecision(3)),
    windowMinutes: r.window_minutes,
    at: new Date(r.at).toISOString(),
    incidentId: r.incident_id,
    basis: r.basis,
  };
}

/** Every service's latest verdict by service id. */
export function readVerdicts(db: Db): Map<number, ServiceVerdict> {
  const rows = db.$client.prepare("SELECT * FROM service_status").all() as Row[];
  return new Map(rows.map((r) => [r.service_id, toVerdict(r)]));
}

export function readVerdict(db: Db, serviceId: number): ServiceVerdict | null {
  const row = db.$client.prepare("SELECT * FROM service_status WHERE service_id = ?").get(serviceId) as Row | undefined;
  return row ? toVerdict(row) : null;
}

export const SEVERITY: Record<Status, number> = { outage: 2, possible: 1, ok: 0 };
