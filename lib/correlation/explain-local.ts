import { toKnownShares } from "./assess-locality";
import type { DependencyGraph } from "./dependency-graph";
import type { LocalCause, Member } from "./types";

const PROVIDER_CATEGORIES = new Set(["isp", "mobile"]);

/**
 * Members whose surges are local to the same country (and an internet or mobile provider whose main market it is,
 * if it is down too) explain each other: a regional network or ISP problem makes people report whatever they cannot
 * reach. Needs two or more members per country; one local surge alone stays that member's own finding.
 */
export function explainLocalMembers(pool: readonly Member[], graph: DependencyGraph): LocalCause[] {
  const byCountry = new Map<string, Member[]>();
  for (const m of pool) {
    const c = m.locality.verdict === "local" ? m.locality.country : null;
    if (c) byCountry.set(c, [...(byCountry.get(c) ?? []), m]);
  }
  const causes: LocalCause[] = [];
  for (const [country, local] of byCountry) {
    const provider = pool.find((m) => {
      const s = graph.service(m.serviceId);
      return !local.includes(m) && s !== undefined && PROVIDER_CATEGORIES.has(s.category) && s.markets[0] === country;
    });
    const explained = provider ? [...local, provider] : local;
    if (explained.length < 2) continue;
    const extra = local.reduce((s, m) => s + m.locality.extra, 0);
    const fromCountry = local.reduce((s, m) => s + (m.locality.extraByCountry[country] ?? 0), 0);
    const usual = extra > 0 ? local.reduce((s, m) => s + (toKnownShares(m.usualMix)[country] ?? 0) * m.locality.extra, 0) / extra : 0;
    const share = extra > 0 ? fromCountry / extra : 0;
    const concentration = Math.min(1, Math.max(0, (share - usual) / Math.max(1 - usual, 1e-9)));
    causes.push({
      kind: "local",
      country,
      confidence: Math.round(concentration * (1 - 0.5 ** explained.length) * 100) / 100,
      explained: explained.map((m) => m.incidentId),
      share: Math.round(share * 1000) / 1000,
      usualShare: Math.round(usual * 1000) / 1000,
      providerServiceId: provider?.serviceId ?? null,
    });
  }
  return causes.sort((a, b) => b.explained.length - a.explained.length || a.country.localeCompare(b.country));
}
