import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import type { ServiceSeed } from "../../lib/catalog/types";
import { DEFAULT_INTAKE_CONFIG, type IntakeConfig } from "../../lib/reports/config";
import type { RecordDeps } from "../../lib/reports/record-report";
import { openTestStores, type TestStores } from "./test-database";

export { onPostgres, TEST_STORE, type TestStores } from "./test-database";

/** 2026-11-24 10:00 UTC, a Tuesday: a fixed clock for domain tests. */
export const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);

/** Fresh stores (in-memory SQLite, or a new PostgreSQL database) with the real migrations and the real catalog. */
export async function makeStores({ seed, now = T0 }: { seed?: readonly ServiceSeed[]; now?: number } = {}): Promise<TestStores> {
  const stores = await openTestStores();
  await upsertCatalog({ catalog: stores.catalog, now, seed });
  return stores;
}

/** What recordReport needs, with intake rules as configured (`config` overrides the defaults). */
export function makeDeps(stores: TestStores, now: number, config: Partial<IntakeConfig> = {}): RecordDeps {
  return { catalog: stores.catalog, reports: stores.reports, now, config: { ...DEFAULT_INTAKE_CONFIG, ...config } };
}

export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

export function makeClient(ip: string, userAgent = BROWSER_UA) {
  return { ip, userAgent, derivedCountry: null };
}

/** A number from a one-row, one-column count (NULL as 0). */
export async function count(stores: TestStores, sql: string, params: unknown[] = []): Promise<number> {
  await stores.reports.settle();
  const row = await stores.sql.get<{ n: number | string | null }>(sql, params);
  return Number(row?.n ?? 0);
}

/** A visible service by slug, name or alias (tests: it must exist). */
export async function findTestService(stores: TestStores, key: string) {
  const { readCatalog } = await import("../../lib/catalog/read-catalog");
  const service = (await readCatalog(stores.catalog)).find(key);
  if (!service) throw new Error(`no service ${key}`);
  return service;
}

/** One leader tick as the server runs it: detection, then correlation of what it found. */
export async function tickAll(stores: TestStores, now: number, runtime: import("../../lib/detection/run-tick").DetectionRuntime): Promise<void> {
  const { runDetectionTick } = await import("../../lib/detection/run-tick");
  const { correlateIncidents } = await import("../../lib/correlation/run-correlation");
  await runDetectionTick({ ...stores, now, runtime });
  await correlateIncidents({ ...stores, now });
}
