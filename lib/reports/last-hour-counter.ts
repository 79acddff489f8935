import type { Db } from "@/db/client";
import { MINUTE_MS } from "./config";

const SLOTS = 60;

interface Ring {
  counts: Float64Array;
  /** Start of the newest minute the ring holds. */
  minute: number;
}

// "N others reported in the last hour" is answered on every report: from memory, not a SUM over rollup rows.
const rings = new WeakMap<Db, Map<number, Ring>>();

function loadRing(db: Db, serviceId: number, minute: number): Ring {
  const counts = new Float64Array(SLOTS);
  const rows = db.$client
    .prepare("SELECT minute AS m, SUM(count) AS c FROM report_minutes WHERE service_id = ? AND minute > ? AND minute <= ? GROUP BY minute")
    .all(serviceId, minute - SLOTS * MINUTE_MS, minute) as { m: number; c: number }[];
  for (const r of rows) counts[(r.m / MINUTE_MS) % SLOTS] = r.c;
  return { counts, minute };
}

function readRing(db: Db, serviceId: number, now: number): Ring {
  const minute = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  let byService = rings.get(db);
  if (!byService) rings.set(db, (byService = new Map()));
  let ring = byService.get(serviceId);
  if (!ring || minute < ring.minute) {
    ring = loadRing(db, serviceId, minute);
    byService.set(serviceId, ring);
  }
  // Minutes that passed since the ring last moved start empty.
  for (let m = ring.minute + MINUTE_MS, n = 0; m <= minute && n < SLOTS; m += MINUTE_MS, n++) ring.counts[(m / MINUTE_MS) % SLOTS] = 0;
  ring.minute = minute;
  return ring;
}

/** Counted reports for a service in the 60 minutes up to `now` (the minute in progress included). */
export function countLastHour(db: Db, serviceId: number, now: number): number {
  let total = 0;
  for (const c of readRing(db, serviceId, now).counts) total += c;
  return total;
}

/** Adds one counted report at `now` (called with each insert, in the same process). */
export function bumpLastHour(db: Db, serviceId: number, now: number): void {
  readRing(db, serviceId, now).counts[(Math.floor(now / MINUTE_MS)) % SLOTS] += 1;
}

/** Forgets every count (after a rolled-back batch): the next read reloads from the rollups. */
export function resetLastHour(db: Db): void {
  rings.delete(db);
}
