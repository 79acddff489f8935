import { describe, expect, it } from "vitest";
import { pruneIntakeMemory, pruneReports } from "../../lib/reports/prune-reports";
import { recordReports } from "../../lib/reports/record-report";
import type { ReportStore } from "../../lib/reports/store/report-store";
import { count, makeClient, makeDeps, makeStores, onPostgres, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const DAY = 86_400_000;

const send = (stores: TestStores, now: number, ips: string[]) =>
  recordReports(makeDeps(stores, now), ips.map((ip) => ({ input: { service: "outlook", problem: "login" }, client: makeClient(ip) })));

/** The store, counting its calls of `method`. */
function counting(store: ReportStore, method: "pruneRaw" | "pruneIntakeMemory") {
  const calls: number[] = [];
  const original = store[method].bind(store) as (...args: number[]) => Promise<number>;
  const wrapped = Object.create(store) as Record<typeof method, (...args: number[]) => Promise<number>>;
  wrapped[method] = async (...args: number[]) => {
    const n = await original(...args);
    calls.push(n);
    return n;
  };
  return { store: wrapped as unknown as ReportStore, calls };
}

describe("retention", () => {
  it("deletes raw reports past retention in many short deletes, never the rollups", async () => {
    const stores = await makeStores();
    await send(stores, T0, Array.from({ length: 7 }, (_, i) => `203.0.113.${i + 1}`));
    await send(stores, T0 + 40 * DAY, ["198.51.100.1", "198.51.100.2"]);
    const { store, calls } = counting(stores.reports, "pruneRaw");
    expect(await pruneReports({ reports: store, now: T0 + 40 * DAY, retentionMs: 30 * DAY, batch: 3 })).toBe(7);
    expect(calls).toEqual([3, 3, 1]);
    expect(await count(stores, "SELECT COUNT(*) AS n FROM reports")).toBe(2);
    expect(await count(stores, "SELECT SUM(count) AS n FROM report_minutes")).toBe(9);
    await stores.close();
  });

  it.runIf(onPostgres)("forgets the intake rules' stored memory once its windows have passed, and nothing still inside them", async () => {
    const stores = await makeStores();
    await send(stores, T0, ["203.0.113.1", "203.0.113.2"]);
    await send(stores, T0 + 25 * MIN, ["203.0.113.3"]);
    // Each counted report keeps three keys: its reporter, its client, its network (one /24 here, so one key).
    expect(await count(stores, "SELECT COUNT(*) AS n FROM intake_keys")).toBe(3 + 3 + 1);
    const { store, calls } = counting(stores.reports, "pruneIntakeMemory");
    // At T0 + 31 min: the first two reporters and clients have expired; the third's and the network's have not.
    expect(await pruneIntakeMemory({ reports: store, now: T0 + 31 * MIN })).toBe(4);
    expect(calls.length).toBeGreaterThan(10);
    expect((await send(stores, T0 + 31 * MIN, ["203.0.113.3"]))[0].kind).toBe("duplicate");
    expect(await pruneIntakeMemory({ reports: stores.reports, now: T0 + 2 * 60 * MIN })).toBe(3);
    expect(await count(stores, "SELECT COUNT(*) AS n FROM intake_keys")).toBe(0);
    await stores.close();
  });
});
