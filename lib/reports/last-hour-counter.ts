import { MINUTE_MS } from "./config";
import type { ReportStore } from "./store/report-store";

const SLOTS = 60;
/** On a shared store other nodes count too: a ring older than this is read again from the rollups. */
export const SHARED_RING_MAX_AGE_MS = 5_000;

interface Ring {
  counts: Float64Array;
  /** Start of the newest minute the ring holds. */
  minute: number;
  loadedAt: number;
}

// "N others reported in the last hour" is answered on every report: from memory, not a SUM over rollup rows.
const rings = new WeakMap<ReportStore, Map<number, Ring>>();

function byService(store: ReportStore): Map<number, Ring> {
  let map = rings.get(store);
  if (!map) rings.set(store, (map = new Map()));
  return map;
}

const toMinute = (now: number) => Math.floor(now / MINUTE_MS) * MINUTE_MS;

/** Moves a ring up to `now`: minutes that passed since it last moved start empty. */
function advance(ring: Ring, now: number): Ring {
  const minute = toMinute(now);
  for (let m = ring.minute + MINUTE_MS, n = 0; m <= minute && n < SLOTS; m += MINUTE_MS, n++) ring.counts[(m / MINUTE_MS) % SLOTS] = 0;
  ring.minute = Math.max(ring.minute, minute);
  return ring;
}

/**
 * Loads the rings of these services that are missing (or, on a shared store, older than SHARED_RING_MAX_AGE_MS)
 * from the rollups. Called before a batch is admitted, never after: a ring read after the batch committed would count
 * it twice once bumped.
 */
export async function loadLastHour(store: ReportStore, serviceIds: Iterable<number>, now: number): Promise<void> {
  const map = byService(store);
  const minute = toMinute(now);
  const stale = [...new Set(serviceIds)].filter((id) => {
    const ring = map.get(id);
    return !ring || minute < ring.minute || (store.shared && now - ring.loadedAt >= SHARED_RING_MAX_AGE_MS);
  });
  if (!stale.length) return;
  const rows = await store.readMinuteTotals(stale, minute - SLOTS * MINUTE_MS, minute);
  for (const id of stale) map.set(id, { counts: new Float64Array(SLOTS), minute, loadedAt: now });
  for (const r of rows) map.get(r.s)!.counts[(r.m / MINUTE_MS) % SLOTS] = r.c;
}

/** Counted reports for a service in the 60 minutes up to `now` (the minute in progress included); 0 if not loaded. */
export function countLastHour(store: ReportStore, serviceId: number, now: number): number {
  const ring = byService(store).get(serviceId);
  if (!ring) return 0;
  let total = 0;
  for (const c of advance(ring, now).counts) total += c;
  return total;
}

/** Adds one counted report at `now` (after its batch committed). */
export function bumpLastHour(store: ReportStore, serviceId: number, now: number): void {
  const ring = byService(store).get(serviceId);
  if (ring) advance(ring, now).counts[(Math.floor(now / MINUTE_MS)) % SLOTS] += 1;
}
