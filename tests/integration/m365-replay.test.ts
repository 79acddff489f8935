import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { readVerdict } from "../../lib/detection/read-status";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { count, findTestService, makeStores, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Friday 2026-12-11, 09:01 UTC: the replay lands on a Friday European morning, as on 2024-12-13. */
const ONSET = Date.UTC(2026, 11, 11, 9, 1);
const AFFECTED = ["outlook", "onedrive", "microsoft-365-admin"];
/** Services with nothing wrong: busy and quiet ones, in other categories and markets. */
const QUIET = ["teams", "steam", "netflix", "github", "china-telecom", "revolut"];

/**
 * A per-minute replay shaped like the 2024-12-13 Microsoft 365 sign-in outage: 14 days of ordinary history (the
 * demo's rhythm, no past outages), then reports on Outlook, OneDrive and the admin centre climb to about 10x
 * normal within two minutes of 09:01 UTC and stay there. As on the day, the reports come from the European
 * morning (the services' main market is the UK here), so their usual level is a weekday morning's, on a site three
 * times as busy as the demo's (Outlook about 6 reports a minute, OneDrive about 3). The live tick runs a second
 * after every minute. (On a service with under a report a minute, a 10x rise takes 6-7 minutes to call: see
 * README, "How outages are detected".)
 */
describe.each([3, 17, 29])("M365-shaped replay (seed %i)", (seed) => {
  const slugs = [...AFFECTED, ...QUIET];
  let stores: TestStores;
  let quietDays: number;
  const firstOutage = new Map<string, number>();
  const outageOnQuiet: string[] = [];

  beforeAll(async () => {
    const catalog = CATALOG.filter((s) => slugs.includes(s.slug)).map((s) => (AFFECTED.includes(s.slug) ? { ...s, markets: ["GB", ...s.markets.filter((m) => m !== "GB")] } : s));
    stores = await makeStores({ now: ONSET - 15 * DAY, seed: catalog });
    const random = createRandom(seed);
    await seedHistory({ ...stores, from: ONSET - 14 * DAY, to: ONSET, random, outages: [], rateScale: 3 });
    const replay = { label: "replay", slugs: AFFECTED, start: ONSET, end: ONSET + 3 * HOUR, peakMultiplier: 10, rampMinutes: 2, problem: "login" };
    await seedHistory({ ...stores, from: ONSET, to: ONSET + 30 * MIN, random, outages: [replay], rateScale: 3 });
    const runtime = await loadDetectionRuntime(stores.detection);
    // The warm-up: 14 days of history through the live tick, as a server restarted just before the onset would.
    await runDetectionTick({ ...stores, now: ONSET + 1_000, runtime });
    quietDays = await count(stores, "SELECT COUNT(*) AS n FROM incidents");
    const ids = new Map<string, number>();
    for (const slug of slugs) ids.set(slug, (await findTestService(stores, slug)).id);
    for (let now = ONSET + MIN + 1_000; now <= ONSET + 30 * MIN + 1_000; now += MIN) {
      await runDetectionTick({ ...stores, now, runtime });
      for (const slug of slugs) {
        const status = (await readVerdict(stores.detection, ids.get(slug)!))!.status;
        if (status === "outage" && !firstOutage.has(slug)) firstOutage.set(slug, now);
        if (status === "outage" && QUIET.includes(slug)) outageOnQuiet.push(`${slug} at ${new Date(now).toISOString()}`);
      }
    }
  });
  afterAll(() => stores?.close());

  it("calls Outlook and OneDrive an outage within 5 minutes of onset", () => {
    for (const slug of ["outlook", "onedrive"]) {
      expect(firstOutage.get(slug), slug).toBeDefined();
      expect(firstOutage.get(slug)! - ONSET, slug).toBeLessThanOrEqual(5 * MIN + 1_000);
    }
    // The admin centre is quieter (fewer reporters), so it may take longer, but not past the first quarter hour.
    expect(firstOutage.get("microsoft-365-admin")! - ONSET).toBeLessThanOrEqual(15 * MIN + 1_000);
  });

  it("never calls an outage on the 14 quiet days before it, nor on the quiet services during it", () => {
    expect(quietDays).toBe(0);
    expect(outageOnQuiet).toEqual([]);
  });
});
