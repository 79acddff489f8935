import { readDatabaseTarget, readEnv } from "@/lib/config/env";
import { openStores } from "./open-stores";
import type { Stores } from "./stores";

// The custom server and Next's bundle each load this module; one set of stores on globalThis serves both, so there
// is one SQLite writer (or one PostgreSQL pool) per process, and closing it at shutdown closes it for both.
const SHARED = Symbol.for("downwire.stores");
type WithStores = typeof globalThis & { [SHARED]?: Promise<Stores> };

/** The process-wide stores for DATABASE_URL or DATABASE_PATH, opened (and migrated) on first use. */
export function getStores(): Promise<Stores> {
  const g = globalThis as WithStores;
  g[SHARED] ??= openStores(readDatabaseTarget(readEnv())).catch((error) => {
    g[SHARED] = undefined;
    throw error;
  });
  return g[SHARED];
}
