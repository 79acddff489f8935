import type { OpsStore } from "./store/ops-store";

const TICK_KEY = "detection_tick_at";
/** Health turns "degraded" when the last detection tick is older than this many tick intervals. */
export const STALE_TICKS = 3;

export interface Health {
  status: "ok" | "degraded";
  database: "ok" | "unreachable";
  /** Which database this node uses, and whether it leads detection now (exactly one node does). */
  store: "sqlite" | "postgresql";
  leader: boolean;
  /** When the last detection tick finished (ISO, whichever node ran it), and how long ago in seconds. */
  lastTickAt: string | null;
  lastTickAgeSeconds: number | null;
}

/** Records that a detection tick finished at `now` (read back by every node's health check). */
export function writeTickTime(ops: OpsStore, now: number): Promise<void> {
  return ops.writeMeta(TICK_KEY, String(now));
}

/** Is the database answering, and is detection (on whichever node leads) keeping up? */
export async function readHealth({ ops, store, leader, now, tickMs }: { ops: OpsStore; store: Health["store"]; leader: boolean; now: number; tickMs: number }): Promise<Health> {
  let value: string | null;
  try {
    value = await ops.readMeta(TICK_KEY);
  } catch {
    return { status: "degraded", database: "unreachable", store, leader, lastTickAt: null, lastTickAgeSeconds: null };
  }
  const at = value === null ? null : Number(value);
  const age = at === null ? null : Math.max(0, Math.round((now - at) / 1000));
  const fresh = age !== null && age * 1000 <= STALE_TICKS * tickMs;
  return { status: fresh ? "ok" : "degraded", database: "ok", store, leader, lastTickAt: at === null ? null : new Date(at).toISOString(), lastTickAgeSeconds: age };
}
