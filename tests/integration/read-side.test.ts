import { describe, expect, it } from "vitest";
import { findService } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { recordReport } from "../../lib/reports/record-report";
import { readOverview } from "../../lib/reports/read-overview";
import { readSeries } from "../../lib/reports/read-series";
import { readServiceDetail } from "../../lib/reports/read-service-detail";

import { makeClient, makeDb, makeDeps, makeLimits, T0 } from "../helpers/test-db";

const MIN = 60_000;

let nextReporter = 0;

/** n reports, each from a reporter no other call in this file used. */
function report(db: ReturnType<typeof makeDb>, service: string, problem: string, n: number, t: number, country?: string) {
  const limiter = makeLimits(1000);
  for (let i = 0; i < n; i++) {
    const id = nextReporter++;
    const r = recordReport(makeDeps(db, t, {}, limiter), { service, problem, country }, makeClient(`${11 + (id >> 8)}.${id & 255}.0.1`));
    expect(r.kind).toBe("counted");
  }
}

describe("readSeries", () => {
  it("gap-fills aligned buckets ending with the bucket holding now", () => {
    const db = makeDb();
    const outlook = findService(db, "outlook")!;
    report(db, "outlook", "login", 3, T0 - 20 * MIN);
    report(db, "outlook", "sending", 2, T0 + 5 * MIN);
    const s = readSeries({ db, serviceId: outlook.id, now: T0 + 7 * MIN, query: { range: "24h", bucket: "15m" } });
    expect(s.buckets).toHaveLength(96);
    expect(s.buckets.at(-1)).toEqual({ t: new Date(T0).toISOString(), count: 2 });
    expect(s.buckets.at(-3)).toEqual({ t: new Date(T0 - 30 * MIN).toISOString(), count: 3 });
    expect(s.buckets.reduce((a, b) => a + b.count, 0)).toBe(5);
    const week = readSeries({ db, serviceId: outlook.id, now: T0 + 7 * MIN, query: { range: "7d", bucket: "1h" } });
    expect(week.buckets).toHaveLength(168);
    expect(week.buckets.reduce((a, b) => a + b.count, 0)).toBe(5);
  });
});

describe("readOverview and readServiceDetail", () => {
  it("lists the whole catalog busiest first and finds services by alias", () => {
    const db = makeDb();
    report(db, "steam", "login", 4, T0 - 5 * MIN);
    report(db, "outlook", "login", 2, T0 - 5 * MIN);
    const all = readOverview({ db, now: T0 });
    expect(all.length).toBe(CATALOG.length);
    expect(all.slice(0, 2).map((s) => [s.slug, s.reportsLastHour])).toEqual([["steam", 4], ["outlook", 2]]);
    expect(readOverview({ db, now: T0, q: "hotmail" }).map((s) => s.slug)).toContain("outlook");
    expect(readOverview({ db, now: T0, category: "gaming" }).every((s) => s.category === "gaming")).toBe(true);
  });

  it("breaks reports down by problem and country in percent, with no verdict", () => {
    const db = makeDb();
    report(db, "outlook", "login", 3, T0 - 5 * MIN, "GB");
    report(db, "outlook", "sending", 1, T0 - 5 * MIN, "US");
    const d = readServiceDetail({ db, slug: "outlook", now: T0 })!;
    expect(d.status).toBeNull();
    expect(d.breakdown.problems[0]).toMatchObject({ id: "login", count: 3, percent: 75 });
    expect(d.breakdown.countries.map((c) => [c.label, c.percent])).toEqual([["United Kingdom", 75], ["United States", 25]]);
    expect(d.volume.reportsLastHour).toBe(4);
  });
});

describe("upsertCatalog", () => {
  it("is idempotent and hides services dropped from the seed instead of deleting them", () => {
    const db = makeDb();
    upsertCatalog({ db, now: T0 });
    expect(readOverview({ db, now: T0 }).length).toBe(CATALOG.length);
    upsertCatalog({ db, now: T0, catalog: CATALOG.filter((s) => s.slug !== "steam") });
    expect(findService(db, "steam")).toBeUndefined();
    expect((db.$client.prepare("SELECT COUNT(*) AS n FROM services").get() as { n: number }).n).toBe(CATALOG.length);
    expect(findService(db, "outlook")?.dependsOn).toContain("microsoft-365");
  });
});
