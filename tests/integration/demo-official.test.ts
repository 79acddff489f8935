import { describe, expect, it } from "vitest";
import { DEMO_CATALOG } from "../../lib/demo/demo-catalog";
import { planPastOutages } from "../../lib/demo/past-outages";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { simulateOfficial } from "../../lib/demo/simulate-official";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { listIncidents } from "../../lib/incidents/read-incidents";
import { readServiceDetail } from "../../lib/services/read-service-detail";
import { makeStores } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
// A Sunday noon: the M365 replay lands on the Friday before it.
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("demo vendor states", () => {
  it("the M365 replay gets Microsoft's acknowledgement 42 minutes after the scripted surge, after the crowd saw it", async () => {
    const slugs = ["microsoft-365", "outlook", "github", "cloudflare"];
    const stores = await makeStores({ now: TO - 9 * 24 * HOUR, seed: DEMO_CATALOG.filter((s) => slugs.includes(s.slug)) });
    try {
      await seedHistory({ ...stores, from: TO - 8 * 24 * HOUR, to: TO, random: createRandom(5) });
      await runDetectionTick({ ...stores, now: TO + 1_000, runtime: await loadDetectionRuntime(stores.detection) });
      const outages = planPastOutages(TO);
      const replay = outages.find((o) => o.slugs.includes("microsoft-365"))!;
      await simulateOfficial({ official: stores.official, now: TO, outages });
      // Run again a minute later, as the demo's job does: nothing is duplicated.
      await simulateOfficial({ official: stores.official, now: TO + MIN, outages });

      const crowd = (await listIncidents({ ...stores, now: TO + MIN, service: "microsoft-365" }))!.find((i) => Math.abs(Date.parse(i.startedAt) - replay.start) < HOUR)!;
      expect(crowd).toBeDefined();
      const ackAt = replay.start + 42 * MIN;
      expect(crowd.officialAcknowledgedAt).toBe(new Date(ackAt).toISOString());
      expect(crowd.acknowledgementLagMinutes).toBe(Math.round((ackAt - Date.parse(crowd.startedAt)) / MIN));
      expect(crowd.acknowledgementLagMinutes).toBeGreaterThan(20);

      // Now the vendor's page is all operational again, read just now (never stale in the demo).
      const detail = (await readServiceDetail({ ...stores, slug: "microsoft-365", now: TO + MIN }))!;
      expect(detail.official).toMatchObject({ indicator: "none", stale: false, checkedAt: new Date(TO + MIN).toISOString() });
      expect(detail.officialSpans.some((s) => s.from === new Date(replay.start).toISOString())).toBe(true);
      const changes = await stores.sql.all<{ n: number | string }>("SELECT COUNT(*) AS n FROM official_changes c JOIN services s ON s.id = c.service_id WHERE s.slug = 'microsoft-365'");
      expect(Number(changes[0].n)).toBe(2);
      // A service whose vendor has nothing to say about the demo's outages reads all operational, with no incidents.
      expect((await readServiceDetail({ ...stores, slug: "github", now: TO + MIN }))!.official).toMatchObject({ indicator: "none", incidents: [] });
    } finally {
      await stores.close();
    }
  });
});
