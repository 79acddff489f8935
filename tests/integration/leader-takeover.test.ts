import { describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReports } from "../../lib/reports/record-report";
import { findTestService, makeClient, makeDeps, makeStores } from "../helpers/test-db";

const MIN = 60_000;
const DAY = 86_400_000;
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

describe("a new leader resuming detection", () => {
  it("replays the minutes since the states it finds were saved to the same incident, never a second one", async () => {
    const stores = await makeStores({ now: TO - 8 * DAY, seed: CATALOG.filter((s) => s.slug === "china-telecom") });
    await seedHistory({ ...stores, from: TO - 8 * DAY, to: TO, random: createRandom(5) });
    const service = await findTestService(stores, "china-telecom");
    const first = await loadDetectionRuntime(stores.detection);
    await runDetectionTick({ ...stores, now: TO, runtime: first });
    const beforeSurge = (await stores.detection.readState(service.id))!;

    // 200 people report within a minute; the first leader opens an incident two minutes later, and closes it hours on.
    await recordReports(makeDeps(stores, TO + 10_000), Array.from({ length: 200 }, (_, i) => ({ input: { service: service.slug, problem: "internet" }, client: makeClient(`100.${i}.0.1`) })));
    const minutes = [1, 2, 3, ...Array.from({ length: 24 }, (_, k) => 15 * (k + 1))];
    for (const m of minutes) await runDetectionTick({ ...stores, now: TO + m * MIN + 5_000, runtime: first });
    const [incident] = await stores.detection.listIncidents({ serviceId: service.id, state: "all", limit: 5 });
    expect(incident.endedAt).not.toBeNull();

    // The leader dies. Its successor finds the state as saved before the surge (states are saved every 15 minutes, and
    // a save can be lost with the leader) and replays every minute since, through the whole outage again.
    await stores.sql.run("UPDATE detector_states SET state = ? WHERE service_id = ?", [beforeSurge, service.id]);
    const next = await loadDetectionRuntime(stores.detection);
    expect(next.states.get(service.id)!.t).toBe(TO - MIN);
    let sawOutage = false;
    for (const m of minutes) {
      await runDetectionTick({ ...stores, now: TO + m * MIN + 5_000, runtime: next });
      sawOutage ||= (await stores.detection.readStatus(service.id))!.status === "outage";
    }
    // It went through the outage again, to the same incident: no second one, and the first one's record unchanged.
    expect(sawOutage).toBe(true);
    expect(await stores.detection.listIncidents({ serviceId: service.id, state: "all", limit: 5 })).toEqual([incident]);
    await stores.close();
  });
});
