import { markServiceChanged } from "@/lib/cache/read-cache";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { readDailySalt } from "@/lib/privacy/daily-salt";
import type { IntakeConfig } from "./config";
import { bumpLastHour, countLastHour, loadLastHour } from "./last-hour-counter";
import { prepareReport, type ReportClient } from "./prepare-report";
import type { ReportInput } from "./schemas";
import type { PreparedReport, ReportStore } from "./store/report-store";

export type { ReportClient } from "./prepare-report";

export type RecordOutcome =
  | { kind: "counted"; slug: string; name: string; reportsLastHour: number }
  | { kind: "duplicate"; slug: string; name: string; reportsLastHour: number }
  | { kind: "bot"; slug: string }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "network_limited"; slug: string; name: string; reportsLastHour: number }
  | { kind: "unknown_service"; service: string }
  | { kind: "invalid"; fields: Record<string, string> };

export interface RecordDeps {
  catalog: CatalogStore;
  reports: ReportStore;
  now: number;
  config: IntakeConfig;
}

export interface ReportRequest {
  input: ReportInput;
  client: ReportClient;
}

/**
 * The whole intake rule set for a batch of reports, shared by the JSON API, the no-JS form and the demo simulator:
 * rules that need no memory here, then the store admits the rest in order (dedupe, burst limit, network cap) and
 * writes the counted ones in one transaction. Resolves once that has committed; rejects, having counted nothing of
 * the batch, when it could not.
 */
export async function recordReports(deps: RecordDeps, requests: readonly ReportRequest[]): Promise<RecordOutcome[]> {
  const { reports, now, config } = deps;
  const catalog = await readCatalog(deps.catalog);
  const salt = await readDailySalt({ salts: reports, now });
  const outcomes: (RecordOutcome | null)[] = [];
  const batch: PreparedReport[] = [];
  const pending: { at: number; slug: string; name: string }[] = [];
  for (const { input, client } of requests) {
    const prepared = prepareReport({ catalog, salt, sharedKeys: reports.shared }, input, client);
    if ("kind" in prepared) {
      outcomes.push(prepared);
      continue;
    }
    pending.push({ at: outcomes.length, slug: prepared.service.slug, name: prepared.service.name });
    outcomes.push(null);
    batch.push(prepared.report);
  }
  if (batch.length) {
    await loadLastHour(reports, batch.map((r) => r.serviceId), now);
    const admitted = await reports.admit(batch, now, config);
    // In batch order, as if one at a time: each answer's "last hour" includes the counted reports before it.
    admitted.forEach((a, i) => {
      const { serviceId } = batch[i];
      const { at, slug, name } = pending[i];
      if (a.outcome === "counted") {
        bumpLastHour(reports, serviceId, now);
        markServiceChanged(serviceId);
      }
      const reportsLastHour = countLastHour(reports, serviceId, now);
      outcomes[at] =
        a.outcome === "rate_limited"
          ? { kind: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil(a.retryAfterMs / 1000)) }
          : { kind: a.outcome, slug, name, reportsLastHour };
    });
  }
  return outcomes as RecordOutcome[];
}

/** One report on its own (tests, tools): a batch of one. */
export async function recordReport(deps: RecordDeps, input: ReportInput, client: ReportClient): Promise<RecordOutcome> {
  return (await recordReports(deps, [{ input, client }]))[0];
}
