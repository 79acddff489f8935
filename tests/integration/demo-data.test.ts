import { describe, expect, it } from "vitest";
import { createRandom } from "../../lib/demo/prng";
import { planPastOutages } from "../../lib/demo/past-outages";
import { seedHistory } from "../../lib/demo/seed-history";
import { simulateLive } from "../../lib/demo/simulate-live";
import { readSeries } from "../../lib/services/read-series";
import { count, findTestService, makeDeps, makeStores, type TestStores } from "../helpers/test-db";

const HOUR = 3_600_000;
// A Sunday noon: the M365 replay lands on the Friday before it.
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("demo history", () => {
  it("replays the Microsoft 365 outage on Outlook, OneDrive and the admin center for ~6 h, and nowhere else", async () => {
    const stores = await makeStores();
    await seedHistory({ ...stores, from: TO - 4 * 24 * HOUR, to: TO, random: createRandom(1) });
    const replay = planPastOutages(TO).find((o) => o.slugs.includes("outlook"))!;
    expect(new Date(replay.start).toISOString()).toBe("2026-11-20T08:30:00.000Z");
    expect(replay.end - replay.start).toBe(6 * HOUR);
    const hourly = async (slug: string) => {
      const s = await findTestService(stores, slug);
      return (await readSeries({ ...stores, serviceId: s.id, now: TO - 1, query: { range: "14d", bucket: "1h" } })).buckets;
    };
    for (const slug of ["outlook", "onedrive", "microsoft-365-admin"]) {
      const b = await hourly(slug);
      const at = (t: number) => b.find((x) => Date.parse(x.t) === Math.floor(t / HOUR) * HOUR)!.count;
      const during = at(replay.start + 3 * HOUR);
      const dayBefore = at(replay.start + 3 * HOUR - 24 * HOUR);
      expect(during, slug).toBeGreaterThan(8 * Math.max(dayBefore, 1));
    }
    const gmail = await hourly("gmail");
    const at = (t: number) => gmail.find((x) => Date.parse(x.t) === Math.floor(t / HOUR) * HOUR)!.count;
    expect(at(replay.start + 3 * HOUR)).toBeLessThan(3 * Math.max(at(replay.start + 3 * HOUR - 24 * HOUR), 5));
    await stores.close();
  });

  it("is the same for the same seed, row for row, and differs for another", async () => {
    const run = async (seed: number) => {
      const stores = await makeStores();
      const total = await seedHistory({ ...stores, from: TO - 6 * HOUR, to: TO, random: createRandom(seed) });
      await stores.reports.settle();
      const rows = (sql: string) => stores.sql.all(sql);
      const out = {
        total,
        minutes: await rows("SELECT service_id, minute, problem, country, count FROM report_minutes ORDER BY service_id, minute, problem, country"),
        hours: await rows("SELECT service_id, hour, count FROM report_hours ORDER BY service_id, hour"),
      };
      await stores.close();
      return out;
    };
    const a = await run(7);
    expect(a.minutes.length).toBeGreaterThan(1_000);
    expect(await run(7)).toEqual(a);
    expect((await run(8)).minutes).not.toEqual(a.minutes);
  });

  it("live simulation goes through the real intake rules", async () => {
    const stores: TestStores = await makeStores();
    const counted = await simulateLive({ deps: makeDeps(stores, TO), from: TO - 10 * 60_000, to: TO, random: createRandom(3) });
    expect(counted).toBeGreaterThan(10);
    expect(await count(stores, "SELECT COUNT(*) AS n FROM reports")).toBe(counted);
    await stores.close();
  });
});
