import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDependencyGraph } from "../../../lib/correlation/dependency-graph";
import { explainGroup, listUpstreamCandidates } from "../../../lib/correlation/explain-group";
import type { Member, RateEvidence } from "../../../lib/correlation/types";
import { makeLocal, makeMember, makeService } from "./fixtures";

const T = Date.UTC(2026, 10, 20, 11, 21);
const MIN = 60_000;
const rate = (ratio: number, observed = 200): RateEvidence => ({ observed, usual: observed / ratio, ratio, windowMinutes: 60 });

// cdn (id 1) with 32 dependents (sites 100..130 and app-c); "auth" (2) with 3; an ISP (3) in GB; two unrelated services (4, 5).
const services = [
  makeService(1, "cdn", [], "cloud"),
  makeService(2, "auth", [], "cloud"),
  makeService(3, "gb-isp", [], "isp", ["GB"]),
  makeService(4, "steam", []),
  makeService(5, "bank", []),
  ...Array.from({ length: 31 }, (_, i) => makeService(100 + i, `site-${i}`, ["cdn"])),
  makeService(200, "app-a", ["auth"]),
  makeService(201, "app-b", ["auth"]),
  makeService(202, "app-c", ["auth", "cdn"]),
];
const graph = buildDependencyGraph(services);
const sitesDown = (n: number) => Array.from({ length: n }, (_, i) => makeMember(1000 + i, 100 + i, T + (i % 7) * MIN));
const explain = (members: Member[], rates: Record<number, RateEvidence | null> = {}) => {
  const candidates = listUpstreamCandidates(members, graph);
  return explainGroup({ members, graph, rates: new Map(candidates.map((id) => [id, rates[id] ?? rate(1)])) });
};

describe("explainGroup", () => {
  it("names the upstream when 23 of its 32 dependents spike and it is at 14x its usual reports", () => {
    const e = explain(sitesDown(23), { 1: rate(14) });
    expect(e.kind).toBe("upstream");
    expect(e.causes).toHaveLength(1);
    expect(e.causes[0]).toMatchObject({ kind: "upstream", serviceId: 1, affected: 23, dependents: 32, ownIncidentId: null });
    expect(e.causes[0].confidence).toBeGreaterThanOrEqual(0.9);
    expect(Object.values(e.roles).every((r) => r === "dependent")).toBe(true);
  });

  it("names it from most of its dependents alone when it shows no rise of its own, with less confidence", () => {
    const quiet = explain(sitesDown(23), { 1: rate(1.1) });
    const loud = explain(sitesDown(23), { 1: rate(14) });
    expect(quiet.causes[0]).toMatchObject({ serviceId: 1 });
    expect(quiet.causes[0].confidence).toBeLessThan(loud.causes[0].confidence);
  });

  it("does not name it for 3 of 32 dependents when it shows no rise, and says why", () => {
    const e = explain(sitesDown(3), { 1: rate(1.0) });
    expect(e.kind).toBe("unexplained");
    expect(e.causes).toEqual([]);
    expect(e.rejected).toMatchObject({ serviceId: 1, affected: 3, dependents: 32, reason: "weak" });
  });

  it("names an upstream that has its own incident in the group even with one dependent", () => {
    const e = explain([makeMember(1, 2, T), makeMember(2, 200, T + 3 * MIN)]);
    expect(e.causes[0]).toMatchObject({ kind: "upstream", serviceId: 2, ownIncidentId: 1, explained: [2] });
    expect(e.roles).toEqual({ 1: "upstream", 2: "dependent" });
  });

  it("gives two unrelated services failing together no cause", () => {
    const e = explain([makeMember(1, 4, T), makeMember(2, 5, T + 2 * MIN)]);
    expect(e).toMatchObject({ kind: "unexplained", causes: [], rejected: null, roles: { 1: "unexplained", 2: "unexplained" } });
  });

  it("keeps an unrelated service in the same minutes out of the upstream's explanation", () => {
    const e = explain([...sitesDown(20), makeMember(1, 4, T + MIN)], { 1: rate(8) });
    expect(e.causes[0].explained).not.toContain(1);
    expect(e.roles[1]).toBe("unexplained");
  });

  it("prefers a local network when the dependents' extra reports come from one country and the upstream is quiet", () => {
    const members = [makeMember(1, 100, T, makeLocal("GB")), makeMember(2, 101, T + MIN, makeLocal("GB")), makeMember(3, 3, T + 2 * MIN)];
    const e = explain(members, { 1: rate(1) });
    expect(e.kind).toBe("local");
    expect(e.causes[0]).toMatchObject({ kind: "local", country: "GB", providerServiceId: 3 });
    expect(e.roles).toEqual({ 1: "local", 2: "local", 3: "local" });
  });

  it("lists another upstream the same services share as an alternative, and is less sure for it", () => {
    const catalog = [makeService(1, "auth", [], "cloud"), makeService(2, "cdn", [], "cloud"), makeService(3, "a", ["auth", "cdn"]), makeService(4, "b", ["auth", "cdn"]), makeService(5, "c", ["auth"]), makeService(6, "d", ["auth"])];
    const g = buildDependencyGraph(catalog);
    const members = [makeMember(1, 3, T), makeMember(2, 4, T), makeMember(3, 5, T), makeMember(4, 6, T)];
    const both = explainGroup({ members: members.slice(0, 2), graph: g, rates: new Map([[1, rate(12)], [2, rate(1.2)]]) });
    expect(both.causes[0]).toMatchObject({ serviceId: 1, alternatives: [{ serviceId: 2, affected: 2, dependents: 2, reason: "weak" }] });
    const alone = explainGroup({ members: members.slice(2), graph: g, rates: new Map([[1, rate(12)]]) });
    expect(alone.causes[0]).toMatchObject({ serviceId: 1, alternatives: [] });
    expect(both.causes[0].confidence).toBeLessThan(alone.causes[0].confidence);
  });

  it("never names a cause that is not upstream of every member it explains, whatever the graph and rates (property)", () => {
    const arb = fc.record({
      deps: fc.array(fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }), { minLength: 12, maxLength: 12 }),
      down: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 2, maxLength: 12 }),
      ratios: fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 12, maxLength: 12 }),
      local: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(arb, ({ deps, down, ratios, local }) => {
        const catalog = deps.map((d, i) => makeService(i + 1, `s${i}`, [...new Set(d)].filter((j) => j !== i).map((j) => `s${j}`)));
        const g = buildDependencyGraph(catalog);
        const members = down.map((i, k) => makeMember(k + 1, i + 1, T + k * MIN, local[i] ? makeLocal("DE") : undefined));
        const candidates = listUpstreamCandidates(members, g);
        const rates = new Map(candidates.map((id) => [id, rate(ratios[id - 1])]));
        const e = explainGroup({ members, graph: g, rates });
        const byId = new Map(members.map((m) => [m.incidentId, m]));
        for (const c of e.causes) {
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          if (c.kind !== "upstream") continue;
          for (const id of c.explained) expect(g.ancestorsOf(byId.get(id)!.serviceId).has(c.serviceId)).toBe(true);
          if (c.ownIncidentId !== null) expect(byId.get(c.ownIncidentId)!.serviceId).toBe(c.serviceId);
        }
        // Every member has exactly one role, and the answer does not depend on the order members arrive in.
        expect(Object.keys(e.roles).map(Number).sort((a, b) => a - b)).toEqual(members.map((m) => m.incidentId));
        expect(explainGroup({ members: [...members].reverse(), graph: g, rates })).toEqual(e);
      }),
      { numRuns: 300 },
    );
  });

  it("never names an upstream for services that share no dependency (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 10 }), fc.double({ min: 0, max: 50, noNaN: true }), (picked, r) => {
        // Each service runs on its own provider: nothing is shared.
        const catalog = picked.flatMap((i) => [makeService(1000 + i, `p${i}`, [], "cloud"), makeService(i + 1, `s${i}`, [`p${i}`])]);
        const g = buildDependencyGraph(catalog);
        const members = picked.map((i, k) => makeMember(k + 1, i + 1, T));
        const e = explainGroup({ members, graph: g, rates: new Map(listUpstreamCandidates(members, g).map((id) => [id, rate(r)])) });
        expect(e.causes.filter((c) => c.kind === "upstream")).toEqual([]);
      }),
    );
  });
});
