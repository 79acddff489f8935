import { describe, expect, it } from "vitest";
import { findService } from "../../lib/catalog/read-catalog";
import { createDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { listIncidents } from "../../lib/detection/read-incidents";
import { readIncidentFeed } from "../../lib/feeds/read-incident-feed";
import { readIncident } from "../../lib/incidents/read-incident";
import { readIncidentShares } from "../../lib/incidents/read-incident-shares";
import { formatIncidentsCsv } from "../../lib/open-data/format-incidents-csv";
import { makeIncidentHistory } from "../helpers/make-incident";
import { makeDb, T0 } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("an outage becomes a permanent, citable record", () => {
  const db = makeDb();
  const surgeAt = T0 - 8 * HOUR;
  makeIncidentHistory(db, { slug: "steam", surgeAt, surgeMs: 90 * MIN, until: T0 });
  const [incident] = listIncidents({ db, now: T0, service: "steam" })!;

  it("opens and closes one incident for the surge, with its chart frozen at close", () => {
    expect(incident).toBeDefined();
    expect(incident.open).toBe(false);
    expect(Math.abs(Date.parse(incident.startedAt) - surgeAt)).toBeLessThanOrEqual(15 * MIN);
    const { chart } = readIncident({ db, id: incident.id, now: T0 })!;
    expect(chart.frozen).toBe(true);
    expect(chart.bucket).toBe("5m");
    // Calm on both sides of the outage, and the surge inside.
    expect(Date.parse(chart.from)).toBeLessThanOrEqual(Date.parse(incident.startedAt) - HOUR);
    expect(Date.parse(chart.to)).toBeGreaterThanOrEqual(Date.parse(incident.endedAt!) + HOUR);
    const peak = Math.max(...chart.buckets.map((b) => b.count));
    expect(peak).toBeGreaterThan(300);
    expect(chart.buckets.every((b) => b.expected !== undefined && b.high! >= b.low!)).toBe(true);
  });

  it("keeps the published chart when the detector later learns more", () => {
    const before = JSON.stringify(readIncident({ db, id: incident.id, now: T0 })!.chart);
    const runtime = createDetectionRuntime(db);
    for (let h = 1; h <= 6; h++) runDetectionTick({ db, now: T0 + h * HOUR, runtime });
    db.$client.prepare("UPDATE detector_states SET state = json_set(state, '$.levelObs', json_extract(state, '$.levelObs') * 10, '$.noise[1].spread', 2)").run();
    expect(JSON.stringify(readIncident({ db, id: incident.id, now: T0 + 7 * HOUR })!.chart)).toBe(before);
  });

  it("counts every country over the incident, not only the top five kept with it", () => {
    const shares = readIncidentShares({ db, incident, now: T0 });
    expect(shares.countries.map((c) => c.id)).toEqual(["GB", "US", "FR"]);
    expect(shares.total).toBe(shares.countries.reduce((s, c) => s + c.count, 0));
  });

  it("is an entry of the feeds with its permanent page as id, and a row of the CSV", () => {
    const feed = readIncidentFeed({ db, now: T0, origin: "https://downwire.test", format: "atom", service: "steam" })!;
    const url = `https://downwire.test/status/steam/incidents/${incident.id}`;
    expect(feed.entries.map((e) => e.url)).toEqual([url]);
    expect(feed.entries[0].summary).toMatch(/Users reported problems with Steam from .* Report counts are not the number of people affected\./);
    expect(feed.selfUrl).toBe("https://downwire.test/status/steam/feed.atom");
    expect(readIncidentFeed({ db, now: T0, origin: "https://downwire.test", format: "rss", service: "valve" })!.selfUrl).toBe("https://downwire.test/status/steam/feed.xml");
    expect(readIncidentFeed({ db, now: T0, origin: "x", format: "rss", service: "nope" })).toBeUndefined();
    const csv = formatIncidentsCsv(listIncidents({ db, now: T0 })!, "https://downwire.test", T0).trimEnd().split("\r\n");
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(url);
    expect(csv[1]).toMatch(new RegExp(`^${incident.id},steam,Steam,`));
    expect(findService(db, "steam")).toBeDefined();
  });
});
