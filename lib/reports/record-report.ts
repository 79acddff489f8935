import { isbot } from "isbot";
import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { listProblems } from "@/lib/catalog/problems";
import { readDailySalt } from "@/lib/privacy/daily-salt";
import { hashReporter } from "@/lib/privacy/hash-reporter";
import { hashForMemory, readMemorySeed } from "@/lib/privacy/memory-key";
import { readNetworkPrefix } from "@/lib/privacy/network-prefix";
import type { IntakeLimits } from "./intake-limits";
import type { IntakeConfig } from "./config";
import { bumpLastHour, countLastHour } from "./last-hour-counter";
import { hasRecentReport, rememberReport } from "./recent-reporters";
import { insertReport } from "./report-store";
import type { ReportInput } from "./schemas";

export interface ReportClient {
  /** Used only to derive keys in this function; never stored or returned. */
  ip: string;
  userAgent: string;
  /** Country derived from the address or a trusted header, used when the reporter gives none. */
  derivedCountry: string | null;
}

export type RecordOutcome =
  | { kind: "counted"; slug: string; name: string; reportsLastHour: number }
  | { kind: "duplicate"; slug: string; name: string; reportsLastHour: number }
  | { kind: "bot"; slug: string }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "network_limited"; slug: string; name: string; reportsLastHour: number }
  | { kind: "unknown_service"; service: string }
  | { kind: "invalid"; fields: Record<string, string> };

export interface RecordDeps {
  db: Db;
  now: number;
  config: IntakeConfig;
  limits: IntakeLimits;
}

/** The whole intake rule set, shared by the JSON API, the no-JS form and the demo simulator. */
export function recordReport(deps: RecordDeps, input: ReportInput, client: ReportClient): RecordOutcome {
  const { db, now, config, limits } = deps;
  const service = findService(db, input.service);
  if (!service) return { kind: "unknown_service", service: input.service };
  if (!listProblems(service.category).some((p) => p.id === input.problem)) {
    return { kind: "invalid", fields: { problem: `unknown problem for ${service.name}` } };
  }
  // Crawlers and link previewers can fetch and even post; they are not people with a problem.
  if (!client.userAgent || isbot(client.userAgent)) return { kind: "bot", slug: service.slug };

  const salt = readDailySalt({ db, now });
  const reporter = hashReporter(salt, String(service.id), client.ip, client.userAgent);
  if (hasRecentReport(db, reporter, now, config.dedupeWindowMs)) {
    return { kind: "duplicate", slug: service.slug, name: service.name, reportsLastHour: countLastHour(db, service.id, now) };
  }
  // Limit counters live only in memory: a fast keyed hash is enough there (no address is kept as text).
  const seed = readMemorySeed(salt);
  const clientKey = hashForMemory(seed, `${client.ip}|${client.userAgent}`);
  const waitMs = limits.client.checkRetryAfter(clientKey, now);
  if (waitMs > 0) return { kind: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  // Many addresses from one network (one host, one office) count as a few reporters, not a crowd.
  const networkKey = hashForMemory(seed, `${service.id}|${readNetworkPrefix(client.ip)}`);
  if (limits.network.checkRetryAfter(networkKey, now) > 0) {
    return { kind: "network_limited", slug: service.slug, name: service.name, reportsLastHour: countLastHour(db, service.id, now) };
  }

  // Count in memory first: a ring loaded from the rollups after the insert would count this report twice.
  bumpLastHour(db, service.id, now);
  rememberReport(db, reporter, now, config.dedupeWindowMs);
  insertReport(db, {
    serviceId: service.id,
    problem: input.problem,
    country: input.country ?? client.derivedCountry ?? "",
    reporter,
    createdAt: now,
  });
  limits.client.recordHit(clientKey, now);
  limits.network.recordHit(networkKey, now);
  return { kind: "counted", slug: service.slug, name: service.name, reportsLastHour: countLastHour(db, service.id, now) };
}
