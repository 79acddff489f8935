import { LRUCache } from "lru-cache";

/** A cached read is always reused this young: a surge of readers costs one query a second per key. */
export const READ_CACHE_MIN_MS = 1_000;
/** Lists of many services change with every report anywhere; they are reused at least this long. */
export const READ_CACHE_LIST_MIN_MS = 5_000;
/** … and any read is reused up to this old while nothing it depends on has changed (no new report, no new tick). */
export const READ_CACHE_MAX_MS = 30_000;
/** Distinct reads remembered (series per service, range and bucket; pages; lists). */
export const READ_CACHE_ENTRIES = 5_000;

// Intake and the detection tick run in the server's module instance, pages and route handlers in Next's bundle:
// counters on globalThis are what both see, so a write on one side makes the other side's cached reads stale.
const VERSIONS = Symbol.for("downwire.read-versions");
interface Versions {
  /** Bumped by each detection tick and catalog edit: everything is stale. */
  generation: number;
  /** Bumped by every counted report: lists and overviews are stale. */
  anyReport: number;
  /** Per service id, bumped by its counted reports. */
  byService: Map<number, number>;
}
type WithVersions = typeof globalThis & { [VERSIONS]?: Versions };

function readVersions(): Versions {
  const g = globalThis as WithVersions;
  return (g[VERSIONS] ??= { generation: 0, anyReport: 0, byService: new Map() });
}

/** Marks every cached read stale (after a detection tick or a catalog edit). */
export function bumpReadGeneration(): void {
  readVersions().generation++;
}

/** Marks reads about this service, and lists of services, stale (after a counted report). */
export function markServiceChanged(serviceId: number): void {
  const v = readVersions();
  v.anyReport++;
  v.byService.set(serviceId, (v.byService.get(serviceId) ?? 0) + 1);
}

/** What a cached read depends on: one service's reports, any service's reports, or only ticks and edits. */
export type ReadScope = { serviceId: number } | "reports" | "tick";

function readStamp(scope: ReadScope): string {
  const v = readVersions();
  if (scope === "tick") return "";
  return scope === "reports" ? `*${v.anyReport}` : String(v.byService.get(scope.serviceId) ?? 0);
}

interface Entry {
  stamp: string;
  generation: number;
  at: number;
  value: unknown;
}

const cache = new LRUCache<string, Entry>({ max: READ_CACHE_ENTRIES });

/**
 * The value computed for `key`, reused while it is younger than READ_CACHE_MIN_MS, or younger than READ_CACHE_MAX_MS
 * and nothing in its scope has changed; else computed afresh. Only for public reads that are the same for everyone.
 */
export function cachedRead<T>(key: string, now: number, scope: ReadScope, compute: () => T, minMs = scope === "reports" ? READ_CACHE_LIST_MIN_MS : READ_CACHE_MIN_MS): T {
  const stamp = readStamp(scope);
  const generation = readVersions().generation;
  const hit = cache.get(key);
  if (hit && hit.generation === generation) {
    const age = now - hit.at;
    if (age >= 0 && (age < minMs || (hit.stamp === stamp && age < READ_CACHE_MAX_MS))) return hit.value as T;
  }
  const value = compute();
  cache.set(key, { stamp, generation, at: now, value });
  return value;
}
