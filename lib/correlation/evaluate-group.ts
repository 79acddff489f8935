import type { ReportStore } from "@/lib/reports/store/report-store";
import { EVIDENCE_WINDOW_MS, REEXPLAIN_OPEN_MS } from "./config";
import type { DependencyGraph } from "./dependency-graph";
import { explainGroup, listUpstreamCandidates } from "./explain-group";
import { readRateAgainstUsual } from "./read-report-evidence";
import type { CorrelationStore } from "./store/correlation-store";
import type { GroupExplanation, RateEvidence, Role } from "./types";

/** What readers see change: members and their roles, the causes named, the end. Numbers moving minute by minute do not count. */
function signature(e: GroupExplanation, endedAt: number | null): string {
  const causes = e.causes.map((c) => (c.kind === "upstream" ? c.serviceId : c.country));
  return JSON.stringify([e.kind, causes, Object.entries(e.roles).sort(), endedAt]);
}

/**
 * Re-explains one group from its members and the reports around them, and stores the result. Skipped (returns false)
 * unless forced, its membership or end changed, its evidence window is still filling, or it is open and was last
 * explained REEXPLAIN_OPEN_MS ago. The graph and the chance rate are built only when needed.
 */
export async function evaluateGroup({ correlation, reports, id, now, graph, chanceExpected, force }: {
  correlation: CorrelationStore;
  reports: ReportStore;
  id: number;
  now: number;
  graph: () => DependencyGraph;
  chanceExpected: () => Promise<number>;
  force: boolean;
}): Promise<boolean> {
  const stored = await correlation.readStoredGroup(id);
  if (!stored) return false;
  const all = await correlation.readGroupMembers(id);
  const members = all.filter((m) => !m.dismissed);
  const counted = members.length ? members : all;
  const startedAt = counted.length ? Math.min(...counted.map((m) => m.startedAt)) : stored.startedAt;
  const lastStartedAt = counted.length ? Math.max(...counted.map((m) => m.startedAt)) : stored.lastStartedAt;
  const endedAt = counted.some((m) => m.endedAt === null) ? null : Math.max(stored.startedAt, ...counted.map((m) => m.endedAt!));
  const minute = Math.floor(now / 60_000) * 60_000;
  const through = Math.max(startedAt + 60_000, Math.min(startedAt + EVIDENCE_WINDOW_MS, minute));
  const due = endedAt === null && now - stored.evaluatedAt >= REEXPLAIN_OPEN_MS;
  if (!force && !due && members.length === stored.memberCount && stored.evaluatedThrough >= through && endedAt === stored.endedAt) return false;

  let explanation: GroupExplanation;
  if (members.length >= 2) {
    const rates = new Map<number, RateEvidence | null>();
    for (const candidate of listUpstreamCandidates(members, graph())) rates.set(candidate, await readRateAgainstUsual({ reports, serviceId: candidate, from: startedAt, to: through }));
    explanation = explainGroup({ members, graph: graph(), rates, chanceExpected: await chanceExpected() });
  } else {
    // An operator dismissed members until fewer than two count: no longer a group readers are shown.
    explanation = { kind: "unexplained", causes: [], roles: Object.fromEntries(members.map((m) => [m.incidentId, "unexplained" as Role])), rejected: null, chanceExpected: await chanceExpected() };
  }
  const lead = explanation.causes[0];
  const previous = JSON.parse(stored.explanation) as GroupExplanation;
  const changed = signature(previous, stored.endedAt) !== signature(explanation, endedAt) || stored.evaluatedThrough === 0;
  // A group closed before it was first seen (history replayed at start-up) last changed when it ended.
  const changedAt = endedAt !== null && stored.evaluatedThrough === 0 ? Math.min(now, endedAt) : now;
  await correlation.writeGroup(
    id,
    {
      startedAt,
      lastStartedAt,
      endedAt,
      memberCount: members.length,
      explanation,
      confidence: lead?.confidence ?? null,
      causeServiceId: lead?.kind === "upstream" ? lead.serviceId : lead?.kind === "local" ? lead.providerServiceId : null,
      causeCountry: lead?.kind === "local" ? lead.country : null,
      updatedAt: changed ? changedAt : stored.updatedAt,
      evaluatedThrough: through,
      evaluatedAt: now,
    },
    Object.fromEntries(all.map((m) => [m.incidentId, explanation.roles[m.incidentId] ?? null])),
  );
  return true;
}
