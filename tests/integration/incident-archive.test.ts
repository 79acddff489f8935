import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { readIncidentFeed } from "../../lib/feeds/read-incident-feed";
import { readIncident } from "../../lib/incidents/read-incident";
import { readIncidentShares } from "../../lib/incidents/read-incident-shares";
import { listIncidents, type Incident } from "../../lib/incidents/read-incidents";
import { formatIncidentsCsv } from "../../lib/open-data/format-incidents-csv";
import { makeIncidentHistory } from "../helpers/make-incident";
import { findTestService, makeStores, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("an outage becomes a permanent, citable record", () => {
  let stores: TestStores;
  let incident: Incident;
  const surgeAt = T0 - 8 * HOUR;
  beforeAll(async () => {
    stores = await makeStores();
    await makeIncidentHistory(stores, { slug: "steam", surgeAt, surgeMs: 90 * MIN, until: T0 });
    [incident] = (await listIncidents({ ...stores, now: T0, service: "steam" }))!;
  });
  afterAll(() => stores.close());

  it("opens and closes one incident for the surge, with its chart frozen at close", async () => {
    expect(incident).toBeDefined();
    expect(incident.open).toBe(false);
    expect(Math.abs(Date.parse(incident.startedAt) - surgeAt)).toBeLessThanOrEqual(15 * MIN);
    const { chart } = (await readIncident({ ...stores, id: incident.id, now: T0 }))!;
    expect(chart.frozen).toBe(true);
    expect(chart.bucket).toBe("5m");
    // Calm on both sides of the outage, and the surge inside.
    expect(Date.parse(chart.from)).toBeLessThanOrEqual(Date.parse(incident.startedAt) - HOUR);
    expect(Date.parse(chart.to)).toBeGreaterThanOrEqual(Date.parse(incident.endedAt!) + HOUR);
    const peak = Math.max(...chart.buckets.map((b) => b.count));
    expect(peak).toBeGreaterThan(300);
    expect(chart.buckets.every((b) => b.expected !== undefined && b.high! >= b.low!)).toBe(true);
  });

  it("keeps the published chart when the detector later learns more", async () => {
    const before = JSON.stringify((await readIncident({ ...stores, id: incident.id, now: T0 }))!.chart);
    const runtime = await loadDetectionRuntime(stores.detection);
    for (let h = 1; h <= 6; h++) await runDetectionTick({ ...stores, now: T0 + h * HOUR, runtime });
    // However the stored state moves, the frozen chart stays.
    const steam = await findTestService(stores, "steam");
    const state = JSON.parse((await stores.detection.readState(steam.id))!) as { levelObs: number; noise: { spread: number }[] };
    state.noise[1].spread = 2;
    await stores.sql.run("UPDATE detector_states SET state = ? WHERE service_id = ?", [JSON.stringify({ ...state, levelObs: state.levelObs * 10 }), steam.id]);
    expect(JSON.stringify((await readIncident({ ...stores, id: incident.id, now: T0 + 7 * HOUR }))!.chart)).toBe(before);
  });

  it("counts every country over the incident, not only the top five kept with it", async () => {
    const shares = await readIncidentShares({ ...stores, incident, now: T0 });
    expect(shares.countries.map((c) => c.id)).toEqual(["GB", "US", "FR"]);
    expect(shares.total).toBe(shares.countries.reduce((s, c) => s + c.count, 0));
  });

  it("is an entry of the feeds with its permanent page as id, and a row of the CSV", async () => {
    const feed = (await readIncidentFeed({ ...stores, now: T0, origin: "https://downwire.test", format: "atom", service: "steam" }))!;
    const url = `https://downwire.test/status/steam/incidents/${incident.id}`;
    expect(feed.entries.map((e) => e.url)).toEqual([url]);
    expect(feed.entries[0].summary).toMatch(/Users reported problems with Steam from .* Report counts are not the number of people affected\./);
    expect(feed.selfUrl).toBe("https://downwire.test/status/steam/feed.atom");
    expect((await readIncidentFeed({ ...stores, now: T0, origin: "https://downwire.test", format: "rss", service: "valve" }))!.selfUrl).toBe("https://downwire.test/status/steam/feed.xml");
    expect(await readIncidentFeed({ ...stores, now: T0, origin: "x", format: "rss", service: "nope" })).toBeUndefined();
    const csv = formatIncidentsCsv((await listIncidents({ ...stores, now: T0 }))!, "https://downwire.test", T0).trimEnd().split("\r\n");
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(url);
    expect(csv[1]).toMatch(new RegExp(`^${incident.id},steam,Steam,`));
  });
});
