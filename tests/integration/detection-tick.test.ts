import { describe, expect, it } from "vitest";
import { findService } from "../../lib/catalog/read-catalog";
import { createRandom } from "../../lib/demo/prng";
import { planPastOutages } from "../../lib/demo/past-outages";
import { seedHistory } from "../../lib/demo/seed-history";
import { createDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReport } from "../../lib/reports/record-report";

import { makeClient, makeDb, makeDeps, makeLimits } from "../helpers/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// A Sunday noon: the demo's M365 replay lands on the Friday before it.
const TO = Date.UTC(2026, 10, 22, 12, 0, 0);

type IncidentRow = { service_id: number; started_at: number; detected_at: number; ended_at: number | null; top_problems: string };

describe("live detection tick over demo history", () => {
  const db = makeDb();
  seedHistory({ db, from: TO - 8 * DAY, to: TO, random: createRandom(5) });
  const runtime = createDetectionRuntime(db);
  const steps = runDetectionTick({ db, now: TO, runtime });
  const incidents = db.$client.prepare("SELECT * FROM incidents").all() as IncidentRow[];
  const replay = planPastOutages(TO).find((o) => o.slugs.includes("outlook"))!;

  it("opens and closes incidents for the M365 replay on Outlook, OneDrive and the admin center, starting when it did", () => {
    expect(steps).toBeGreaterThan(100 * 7 * 24 * 60);
    for (const slug of ["outlook", "onedrive", "microsoft-365-admin"]) {
      const id = findService(db, slug)!.id;
      const found = incidents.filter((i) => i.service_id === id && i.started_at >= replay.start - HOUR && i.started_at <= replay.start + HOUR);
      expect(found, slug).toHaveLength(1);
      const [incident] = found;
      expect(Math.abs(incident.started_at - replay.start), slug).toBeLessThanOrEqual(15 * MIN);
      expect(incident.detected_at - replay.start, slug).toBeLessThanOrEqual(20 * MIN);
      expect(incident.ended_at! - replay.end, slug).toBeLessThanOrEqual(3 * HOUR);
      expect(JSON.parse(incident.top_problems)[0].id, slug).toBe("login");
    }
  });

  it("raises few incidents on services without a scripted outage", () => {
    const scripted = new Set(planPastOutages(TO).flatMap((o) => o.slugs).map((s) => findService(db, s)!.id));
    const spurious = incidents.filter((i) => !scripted.has(i.service_id) && i.started_at > TO - 6 * DAY);
    expect(spurious.length).toBeLessThanOrEqual(2);
  });

  it("turns a quiet service into an outage within 2 minutes of 200 reporters, and back to ok later", () => {
    const service = findService(db, "china-telecom")!;
    const status = () => db.$client.prepare("SELECT status, observed, expected FROM service_status WHERE service_id = ?").get(service.id) as { status: string; observed: number; expected: number };
    expect(status().status).toBe("ok");
    const limiter = makeLimits(10);
    const burstAt = TO + 10_000;
    for (let i = 0; i < 200; i++) {
      const r = recordReport(makeDeps(db, burstAt + i * 100, {}, limiter), { service: service.slug, problem: "internet" }, makeClient(`100.${i}.0.1`));
      expect(r.kind).toBe("counted");
    }
    runDetectionTick({ db, now: TO + 1 * MIN + 5_000, runtime });
    runDetectionTick({ db, now: TO + 2 * MIN + 5_000, runtime });
    expect(status().status).toBe("outage");
    expect(status().observed).toBeGreaterThanOrEqual(200);
    for (let m = 3; m <= 6 * 60; m += 30) runDetectionTick({ db, now: TO + m * MIN, runtime });
    expect(status().status).toBe("ok");
    const incident = db.$client.prepare("SELECT * FROM incidents WHERE service_id = ? ORDER BY id DESC").get(service.id) as IncidentRow;
    expect(incident.ended_at).not.toBeNull();
  });
});
