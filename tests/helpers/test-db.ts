import { openDb, type Db } from "../../db/client";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { createIntakeLimits, type IntakeLimits } from "../../lib/reports/intake-limits";
import { DEFAULT_INTAKE_CONFIG, type IntakeConfig } from "../../lib/reports/config";
import type { RecordDeps } from "../../lib/reports/record-report";

/** 2026-11-24 10:00 UTC, a Tuesday: a fixed clock for domain tests. */
export const T0 = Date.UTC(2026, 10, 24, 10, 0, 0);

/** A fresh in-memory database with the real migrations and the real catalog. */
export function makeDb(): Db {
  const db = openDb(":memory:");
  upsertCatalog({ db, now: T0 });
  return db;
}

export function makeDeps(db: Db, now: number, config: Partial<IntakeConfig> = {}, limits?: IntakeLimits): RecordDeps {
  const c = { ...DEFAULT_INTAKE_CONFIG, ...config };
  return { db, now, config: c, limits: limits ?? createIntakeLimits(c) };
}

/** Limits as configured, with the per-client burst limit set to `burstLimit`. */
export function makeLimits(burstLimit: number, config: Partial<IntakeConfig> = {}): IntakeLimits {
  return createIntakeLimits({ ...DEFAULT_INTAKE_CONFIG, ...config, burstLimit });
}

export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

export function makeClient(ip: string, userAgent = BROWSER_UA) {
  return { ip, userAgent, derivedCountry: null };
}
