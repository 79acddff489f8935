import { describe, expect, it } from "vitest";
import { findService } from "../../lib/catalog/read-catalog";
import { createRandom } from "../../lib/demo/prng";
import { planPastOutages } from "../../lib/demo/past-outages";
import { seedHistory } from "../../lib/demo/seed-history";
import { simulateLive } from "../../lib/demo/simulate-live";
import { readSeries } from "../../lib/reports/read-series";
import { makeDb, makeDeps } from "../helpers/test-db";

const HOUR = 3_600_000;
// A Sunday noon: the M365 replay lands on the Friday before it.
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("demo history", () => {
  it("replays the Microsoft 365 outage on Outlook, OneDrive and the admin center for ~6 h, and nowhere else", () => {
    const db = makeDb();
    seedHistory({ db, from: TO - 4 * 24 * HOUR, to: TO, random: createRandom(1) });
    const replay = planPastOutages(TO).find((o) => o.slugs.includes("outlook"))!;
    expect(new Date(replay.start).toISOString()).toBe("2026-11-20T08:30:00.000Z");
    expect(replay.end - replay.start).toBe(6 * HOUR);
    const hourly = (slug: string) => {
      const s = findService(db, slug)!;
      return readSeries({ db, serviceId: s.id, now: TO - 1, query: { range: "14d", bucket: "1h" } }).buckets;
    };
    for (const slug of ["outlook", "onedrive", "microsoft-365-admin"]) {
      const b = hourly(slug);
      const at = (t: number) => b.find((x) => Date.parse(x.t) === Math.floor(t / HOUR) * HOUR)!.count;
      const during = at(replay.start + 3 * HOUR);
      const dayBefore = at(replay.start + 3 * HOUR - 24 * HOUR);
      expect(during, slug).toBeGreaterThan(8 * Math.max(dayBefore, 1));
    }
    const gmail = hourly("gmail");
    const at = (t: number) => gmail.find((x) => Date.parse(x.t) === Math.floor(t / HOUR) * HOUR)!.count;
    expect(at(replay.start + 3 * HOUR)).toBeLessThan(3 * Math.max(at(replay.start + 3 * HOUR - 24 * HOUR), 5));
  });

  it("is the same for the same seed, row for row, and differs for another", () => {
    const run = (seed: number) => {
      const db = makeDb();
      const total = seedHistory({ db, from: TO - 6 * HOUR, to: TO, random: createRandom(seed) });
      const rows = (sql: string) => db.$client.prepare(sql).all();
      return {
        total,
        minutes: rows("SELECT service_id, minute, problem, country, count FROM report_minutes ORDER BY service_id, minute, problem, country"),
        hours: rows("SELECT service_id, hour, count FROM report_hours ORDER BY service_id, hour"),
      };
    };
    const a = run(7);
    expect(a.minutes.length).toBeGreaterThan(1_000);
    expect(run(7)).toEqual(a);
    expect(run(8).minutes).not.toEqual(a.minutes);
  });

  it("live simulation goes through the real intake rules", () => {
    const db = makeDb();
    const counted = simulateLive({ deps: makeDeps(db, TO), from: TO - 10 * 60_000, to: TO, random: createRandom(3) });
    expect(counted).toBeGreaterThan(10);
    expect((db.$client.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n).toBe(counted);
  });
});
