import { describe, expect, it } from "vitest";
import { expectChanceStarts, isBeyondChance, poissonTail } from "../../../lib/correlation/chance";
import { buildDependencyGraph } from "../../../lib/correlation/dependency-graph";
import { isRelated, pickGroup, shouldFormGroup, type GroupWindow, type JoinCandidate } from "../../../lib/correlation/join-incidents";
import { makeLocal, makeService, SPREAD } from "./fixtures";

const T = Date.UTC(2026, 10, 20, 11, 0);
const MIN = 60_000;
const graph = buildDependencyGraph([
  makeService(1, "cdn", [], "cloud"),
  makeService(2, "a", ["cdn"]),
  makeService(3, "b", ["cdn"]),
  makeService(4, "fortnite", ["a"]),
  makeService(5, "steam"),
  makeService(6, "bank"),
  makeService(7, "virgin", [], "isp", ["GB"]),
]);
const c = (incidentId: number, serviceId: number, startedAt: number, locality = SPREAD): JoinCandidate => ({ incidentId, serviceId, startedAt, locality });
const group = (over: Partial<GroupWindow>): GroupWindow => ({ id: 1, startedAt: T, lastStartedAt: T + 5 * MIN, endedAt: null, kind: "unexplained", causeServiceId: null, ...over });

describe("which incidents belong together", () => {
  it.each([
    ["siblings on one upstream", 2, 3, true],
    ["a service and what it runs on", 2, 1, true],
    ["a transitive dependent and the upstream", 4, 1, true],
    ["cousins through a transitive upstream", 4, 3, true],
    ["two services with nothing in common", 5, 6, false],
  ])("%s: related = %s", (_, x, y, related) => {
    expect(isRelated(c(1, x, T), c(2, y, T), graph)).toBe(related);
    expect(isRelated(c(2, y, T), c(1, x, T), graph)).toBe(related);
  });

  it("links surges local to the same country, and a local surge with that country's provider", () => {
    expect(isRelated(c(1, 5, T, makeLocal("GB")), c(2, 6, T, makeLocal("GB")), graph)).toBe(true);
    expect(isRelated(c(1, 5, T, makeLocal("GB")), c(2, 6, T, makeLocal("DE")), graph)).toBe(false);
    expect(isRelated(c(1, 5, T, makeLocal("GB")), c(2, 7, T), graph)).toBe(true);
  });

  it("forms a group from linked incidents, or from more at once than chance brings", () => {
    expect(shouldFormGroup([c(1, 2, T), c(2, 3, T)], graph, 5)).toBe(true);
    expect(shouldFormGroup([c(1, 5, T), c(2, 6, T)], graph, 0.1)).toBe(false);
    expect(shouldFormGroup([c(1, 5, T), c(2, 6, T), c(3, 7, T)], graph, 0.1)).toBe(true);
    expect(shouldFormGroup([c(1, 5, T), c(2, 6, T), c(3, 7, T)], graph, 5)).toBe(false);
  });

  it("joins a group whose members began within the window, not one that began long before", () => {
    expect(pickGroup(c(9, 5, T + 12 * MIN), [group({})], graph)).toBe(1);
    expect(pickGroup(c(9, 5, T - 10 * MIN), [group({})], graph)).toBe(1);
    expect(pickGroup(c(9, 5, T + 25 * MIN), [group({})], graph)).toBeNull();
    // Chained joins cannot stretch a group formed on timing alone past an hour.
    expect(pickGroup(c(9, 5, T + 70 * MIN), [group({ lastStartedAt: T + 60 * MIN })], graph)).toBeNull();
  });

  it("lets a late dependent join while the group's named upstream is still down, and not after", () => {
    const cdn = group({ kind: "upstream", causeServiceId: 1 });
    expect(pickGroup(c(9, 4, T + 3 * 60 * MIN), [cdn], graph)).toBe(1);
    expect(pickGroup(c(9, 5, T + 3 * 60 * MIN), [cdn], graph)).toBeNull();
    expect(pickGroup(c(9, 4, T + 3 * 60 * MIN), [{ ...cdn, endedAt: T + 2 * 60 * MIN }], graph)).toBeNull();
  });

  it("prefers the group whose upstream it runs on, then the nearest, then the older", () => {
    const groups = [group({ id: 1 }), group({ id: 2, kind: "upstream", causeServiceId: 1 }), group({ id: 3, startedAt: T + 4 * MIN, lastStartedAt: T + 8 * MIN })];
    expect(pickGroup(c(9, 2, T + 6 * MIN), groups, graph)).toBe(2);
    expect(pickGroup(c(9, 5, T + 5 * MIN), groups, graph)).toBe(1);
    expect(pickGroup(c(9, 5, T + 12 * MIN), groups, graph)).toBe(3);
  });
});

describe("chance", () => {
  it("Poisson tail", () => {
    expect(poissonTail(0, 3)).toBe(1);
    expect(poissonTail(1, 0.1)).toBeCloseTo(1 - Math.exp(-0.1), 10);
    expect(poissonTail(2, 0.1)).toBeCloseTo(1 - Math.exp(-0.1) * 1.1, 10);
  });

  it("a bigger catalog needs more outages at once before they are beyond chance", () => {
    const small = expectChanceStarts({ incidents: 0, days: 30, services: 145 });
    const large = expectChanceStarts({ incidents: 0, days: 30, services: 10_000 });
    expect(isBeyondChance(2, small)).toBe(false);
    expect(isBeyondChance(3, small)).toBe(true);
    expect(isBeyondChance(8, large)).toBe(false);
    expect(isBeyondChance(20, large)).toBe(true);
  });
});
