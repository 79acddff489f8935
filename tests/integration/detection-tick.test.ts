import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "../../lib/demo/prng";
import { planPastOutages } from "../../lib/demo/past-outages";
import { seedHistory } from "../../lib/demo/seed-history";
import { loadDetectionRuntime, runDetectionTick, type DetectionRuntime } from "../../lib/detection/run-tick";
import type { IncidentRow } from "../../lib/detection/store/detection-store";
import { recordReport } from "../../lib/reports/record-report";

import { findTestService, makeClient, makeDeps, makeStores, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// A Sunday noon: the demo's M365 replay lands on the Friday before it.
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("live detection tick over demo history", () => {
  let stores: TestStores;
  let runtime: DetectionRuntime;
  let steps: number;
  let incidents: IncidentRow[];
  const replay = planPastOutages(TO).find((o) => o.slugs.includes("outlook"))!;

  beforeAll(async () => {
    stores = await makeStores();
    await seedHistory({ ...stores, from: TO - 8 * DAY, to: TO, random: createRandom(5) });
    runtime = await loadDetectionRuntime(stores.detection);
    steps = await runDetectionTick({ ...stores, now: TO, runtime });
    incidents = await stores.detection.listIncidents({ state: "all", limit: 10_000 });
  });
  afterAll(() => stores.close());

  it("opens and closes incidents for the M365 replay on Outlook, OneDrive and the admin center, starting when it did", async () => {
    expect(steps).toBeGreaterThan(100 * 7 * 24 * 60);
    for (const slug of ["outlook", "onedrive", "microsoft-365-admin"]) {
      const id = (await findTestService(stores, slug)).id;
      const found = incidents.filter((i) => i.serviceId === id && i.startedAt >= replay.start - HOUR && i.startedAt <= replay.start + HOUR);
      expect(found, slug).toHaveLength(1);
      const [incident] = found;
      expect(Math.abs(incident.startedAt - replay.start), slug).toBeLessThanOrEqual(15 * MIN);
      expect(incident.detectedAt - replay.start, slug).toBeLessThanOrEqual(20 * MIN);
      expect(incident.endedAt! - replay.end, slug).toBeLessThanOrEqual(3 * HOUR);
      expect(JSON.parse(incident.topProblems)[0].id, slug).toBe("login");
    }
  });

  it("raises few incidents on services without a scripted outage", async () => {
    const scripted = new Set<number>();
    for (const slug of planPastOutages(TO).flatMap((o) => o.slugs)) scripted.add((await findTestService(stores, slug)).id);
    const spurious = incidents.filter((i) => !scripted.has(i.serviceId) && i.startedAt > TO - 6 * DAY);
    expect(spurious.length).toBeLessThanOrEqual(2);
  });

  it("turns a quiet service into an outage within 2 minutes of 200 reporters, and back to ok later", async () => {
    const service = await findTestService(stores, "china-telecom");
    const status = async () => (await stores.detection.readStatus(service.id))!;
    expect((await status()).status).toBe("ok");
    const burstAt = TO + 10_000;
    for (let i = 0; i < 200; i++) {
      const r = await recordReport(makeDeps(stores, burstAt + i * 100), { service: service.slug, problem: "internet" }, makeClient(`100.${i}.0.1`));
      expect(r.kind).toBe("counted");
    }
    await runDetectionTick({ ...stores, now: TO + 1 * MIN + 5_000, runtime });
    await runDetectionTick({ ...stores, now: TO + 2 * MIN + 5_000, runtime });
    expect((await status()).status).toBe("outage");
    expect((await status()).observed).toBeGreaterThanOrEqual(200);
    for (let m = 3; m <= 6 * 60; m += 30) await runDetectionTick({ ...stores, now: TO + m * MIN, runtime });
    expect((await status()).status).toBe("ok");
    const [incident] = await stores.detection.listIncidents({ serviceId: service.id, state: "all", limit: 1 });
    expect(incident.endedAt).not.toBeNull();
  });
});
