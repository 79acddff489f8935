import { describe, expect, it } from "vitest";
import { findService } from "../../lib/catalog/read-catalog";
import { DETECTOR_CONFIG } from "../../lib/detection/config";
import { describeVerdict } from "../../lib/detection/describe-verdict";
import { readVerdict } from "../../lib/detection/read-status";
import { createDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReport } from "../../lib/reports/record-report";
import { makeClient, makeDb, makeDeps, makeLimits, T0 } from "../helpers/test-db";

const MIN = 60_000;

/**
 * A fresh install: the real catalog and migrations, no history at all, the real intake rules and the real tick on
 * an injected clock. Every reporter is distinct (own address on its own network), as a real crowd is.
 */
function freshInstall() {
  const db = makeDb();
  const runtime = createDetectionRuntime(db);
  runDetectionTick({ db, now: T0, runtime });
  const service = findService(db, "steam")!;
  const limits = makeLimits(10);
  let n = 0;
  const report = (at: number) => {
    n++;
    const r = recordReport(makeDeps(db, at, {}, limits), { service: service.slug, problem: "login" }, makeClient(`${10 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}.7`));
    expect(r.kind).toBe("counted");
  };
  const verdict = () => readVerdict(db, service.id)!;
  return { db, runtime, service, report, verdict };
}

describe("cold start on a fresh install", () => {
  it("calls 200 distinct reporters within a minute on a quiet service an outage within 2 minutes", () => {
    const { db, runtime, report, verdict } = freshInstall();
    // The surge starts 50 s into a minute and spreads over the next 45 s, across a minute boundary.
    const start = T0 + 5 * MIN + 50_000;
    for (let i = 0; i < 200; i++) report(start + Math.floor((i * 45_000) / 200));
    let calledAt: number | null = null;
    // The server's tick runs a second after each minute closes.
    for (let m = 6; m <= 8 && calledAt === null; m++) {
      const now = T0 + m * MIN + 1_000;
      runDetectionTick({ db, now, runtime });
      if (verdict().status === "outage") calledAt = now;
    }
    expect(calledAt).not.toBeNull();
    expect(calledAt! - start).toBeLessThanOrEqual(2 * MIN);
    expect(verdict().basis).toBe("prior");
  });

  it("holds a 20-minute surge as an outage at every minute after the first two, its expected level below a tenth of it", () => {
    const { db, runtime, service, report, verdict } = freshInstall();
    const start = T0 + 5 * MIN;
    const seen: { minute: number; status: string; observed: number; expected: number }[] = [];
    for (let m = 0; m < 20; m++) {
      // 150 new reporters a minute, spread through the minute.
      for (let i = 0; i < 150; i++) report(start + m * MIN + i * 390);
      runDetectionTick({ db, now: start + (m + 1) * MIN + 1_000, runtime });
      const v = verdict();
      seen.push({ minute: m, status: v.status, observed: v.observed, expected: v.expected });
    }
    for (const s of seen.slice(2)) {
      expect(s.status, `minute ${s.minute}`).toBe("outage");
      expect(s.expected, `minute ${s.minute}`).toBeLessThan(s.observed / 10);
    }
    // The incident is one, open, and the sentence says what the verdict rests on.
    const incidents = db.$client.prepare("SELECT COUNT(*) AS n FROM incidents WHERE service_id = ? AND ended_at IS NULL").get(service.id) as { n: number };
    expect(incidents.n).toBe(1);
    const sentence = describeVerdict(service.name, verdict());
    expect(sentence).toMatch(/^User reports indicate problems at Steam since \d\d:\d\d UTC \(2,250 reports in 15 min, ~0 expected\)\./);
    expect(sentence).toContain(`${DETECTOR_CONFIG.MIN_REPORTS_OUTAGE} or more different reporters within 15 minutes count as an outage`);
  });

  it("does not call fewer distinct reporters than the absolute rule an outage on a quiet service", () => {
    const { db, runtime, report, verdict } = freshInstall();
    const start = T0 + 5 * MIN;
    for (let i = 0; i < DETECTOR_CONFIG.MIN_REPORTS_OUTAGE - 1; i++) report(start + i * 20_000);
    for (let m = 6; m <= 25; m++) {
      runDetectionTick({ db, now: T0 + m * MIN + 1_000, runtime });
      expect(verdict().status).not.toBe("outage");
    }
  });
});
