import { LRUCache } from "lru-cache";

/** A cached read is always reused this young: a surge of readers costs one query a second per key. */
export const READ_CACHE_MIN_MS = 1_000;
/** Lists of many services change with every report anywhere; they are reused at least this long. */
export const READ_CACHE_LIST_MIN_MS = 5_000;
/** … and any read is reused up to this old while nothing it depends on has changed (no new report, no new tick). */
export const READ_CACHE_MAX_MS = 30_000;
/**
 * On a database shared by several nodes, reports and ticks on other nodes bump no counter here: any read is then
 * looked at again after this long, the most a page on one node lags behind another.
 */
export const READ_CACHE_SHARED_MAX_MS = 5_000;
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
  /** The longest a read is reused while nothing it depends on changed here. */
  maxMs: number;
}
type WithVersions = typeof globalThis & { [VERSIONS]?: Versions };

function readVersions(): Versions {
  const g = globalThis as WithVersions;
  return (g[VERSIONS] ??= { generation: 0, anyReport: 0, byService: new Map(), maxMs: READ_CACHE_MAX_MS });
}

/** Set once at start-up: on a shared database (several nodes) reads are reused for at most READ_CACHE_SHARED_MAX_MS. */
export function configureReadCache({ shared }: { shared: boolean }): void {
  readVersions().maxMs = shared ? READ_CACHE_SHARED_MAX_MS : READ_CACHE_MAX_MS;
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
  value: Promise<unknown>;
  /** The last value that was computed without error, kept while a new one is computed (served if that fails). */
  settled?: unknown;
}

const cache = new LRUCache<string, Entry>({ max: READ_CACHE_ENTRIES });

/**
 * The value computed for `key`, reused while it is younger than READ_CACHE_MIN_MS, or younger than the cache's
 * maximum age and nothing in its scope has changed; else computed afresh (once, however many readers ask meanwhile).
 * If computing fails (the database went away) and an earlier value exists, readers get that one: stale beats an
 * error page. Only for public reads that are the same for everyone.
 */
export function cachedRead<T>(key: string, now: number, scope: ReadScope, compute: () => T | Promise<T>, minMs = scope === "reports" ? READ_CACHE_LIST_MIN_MS : READ_CACHE_MIN_MS): Promise<T> {
  const versions = readVersions();
  const stamp = readStamp(scope);
  const hit = cache.get(key);
  if (hit && hit.generation === versions.generation) {
    const age = now - hit.at;
    if (age >= 0 && (age < minMs || (hit.stamp === stamp && age < versions.maxMs))) return hit.value as Promise<T>;
  }
  const previous = hit && "settled" in hit ? { value: hit.settled } : null;
  const entry: Entry = { stamp, generation: versions.generation, at: now, value: Promise.resolve() };
  entry.value = (async () => {
    try {
      const value = await compute();
      entry.settled = value;
      return value;
    } catch (error) {
      if (cache.get(key) === entry) cache.delete(key);
      if (!previous) throw error;
      // Keep serving the last good value; the next read tries again.
      cache.set(key, { ...entry, at: 0, value: Promise.resolve(previous.value), settled: previous.value });
      return previous.value;
    }
  })();
  if (previous) entry.settled = previous.value;
  cache.set(key, entry);
  return entry.value as Promise<T>;
}
