import { describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { recordReport } from "../../lib/reports/record-report";
import { readOverview } from "../../lib/services/read-overview";
import { readSeries } from "../../lib/services/read-series";
import { readServiceDetail } from "../../lib/services/read-service-detail";
import { count, findTestService, makeClient, makeDeps, makeStores, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;

let nextReporter = 0;

/** n reports, each from a reporter no other call in this file used. */
async function report(stores: TestStores, service: string, problem: string, n: number, t: number, country?: string) {
  for (let i = 0; i < n; i++) {
    const id = nextReporter++;
    const r = await recordReport(makeDeps(stores, t, { burstLimit: 1000 }), { service, problem, country }, makeClient(`${11 + (id >> 8)}.${id & 255}.0.1`));
    expect(r.kind).toBe("counted");
  }
}

describe("readSeries", () => {
  it("gap-fills aligned buckets ending with the bucket holding now", async () => {
    const stores = await makeStores();
    const outlook = await findTestService(stores, "outlook");
    await report(stores, "outlook", "login", 3, T0 - 20 * MIN);
    await report(stores, "outlook", "sending", 2, T0 + 5 * MIN);
    const s = await readSeries({ ...stores, serviceId: outlook.id, now: T0 + 7 * MIN, query: { range: "24h", bucket: "15m" } });
    expect(s.buckets).toHaveLength(96);
    expect(s.buckets.at(-1)).toEqual({ t: new Date(T0).toISOString(), count: 2 });
    expect(s.buckets.at(-3)).toEqual({ t: new Date(T0 - 30 * MIN).toISOString(), count: 3 });
    expect(s.buckets.reduce((a, b) => a + b.count, 0)).toBe(5);
    const week = await readSeries({ ...stores, serviceId: outlook.id, now: T0 + 7 * MIN, query: { range: "7d", bucket: "1h" } });
    expect(week.buckets).toHaveLength(168);
    expect(week.buckets.reduce((a, b) => a + b.count, 0)).toBe(5);
    await stores.close();
  });
});

describe("readOverview and readServiceDetail", () => {
  it("lists the whole catalog busiest first and finds services by alias", async () => {
    const stores = await makeStores();
    await report(stores, "steam", "login", 4, T0 - 5 * MIN);
    await report(stores, "outlook", "login", 2, T0 - 5 * MIN);
    const all = await readOverview({ ...stores, now: T0 });
    expect(all.length).toBe(CATALOG.length);
    expect(all.slice(0, 2).map((s) => [s.slug, s.reportsLastHour])).toEqual([["steam", 4], ["outlook", 2]]);
    expect((await readOverview({ ...stores, now: T0, q: "hotmail" })).map((s) => s.slug)).toContain("outlook");
    expect((await readOverview({ ...stores, now: T0, category: "gaming" })).every((s) => s.category === "gaming")).toBe(true);
    await stores.close();
  });

  it("breaks reports down by problem and country in percent, with no verdict", async () => {
    const stores = await makeStores();
    await report(stores, "outlook", "login", 3, T0 - 5 * MIN, "GB");
    await report(stores, "outlook", "sending", 1, T0 - 5 * MIN, "US");
    const d = (await readServiceDetail({ ...stores, slug: "outlook", now: T0 }))!;
    expect(d.status).toBeNull();
    expect(d.breakdown.problems[0]).toMatchObject({ id: "login", count: 3, percent: 75 });
    expect(d.breakdown.countries.map((c) => [c.label, c.percent])).toEqual([["United Kingdom", 75], ["United States", 25]]);
    expect(d.volume.reportsLastHour).toBe(4);
    await stores.close();
  });
});

describe("upsertCatalog", () => {
  it("is idempotent and hides services dropped from the seed instead of deleting them", async () => {
    const stores = await makeStores();
    await upsertCatalog({ catalog: stores.catalog, now: T0 });
    expect((await readOverview({ ...stores, now: T0 })).length).toBe(CATALOG.length);
    await upsertCatalog({ catalog: stores.catalog, now: T0, seed: CATALOG.filter((s) => s.slug !== "steam") });
    const catalog = await readCatalog(stores.catalog);
    expect(catalog.find("steam")).toBeUndefined();
    expect(await count(stores, "SELECT COUNT(*) AS n FROM services")).toBe(CATALOG.length);
    expect(catalog.find("outlook")?.dependsOn).toContain("microsoft-365");
    await stores.close();
  });
});
