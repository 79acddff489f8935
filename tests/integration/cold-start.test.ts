import { afterEach, describe, expect, it } from "vitest";
import { DETECTOR_CONFIG } from "../../lib/detection/config";
import { describeVerdict } from "../../lib/detection/describe-verdict";
import { readVerdict } from "../../lib/detection/read-status";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReport } from "../../lib/reports/record-report";
import { findTestService, makeClient, makeDeps, makeStores, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;

let opened: TestStores | null = null;
afterEach(async () => {
  await opened?.close();
  opened = null;
});

/**
 * A fresh install: the real catalog and migrations, no history at all, the real intake rules and the real tick on
 * an injected clock. Every reporter is distinct (own address on its own network), as a real crowd is.
 */
async function freshInstall() {
  const stores = (opened = await makeStores());
  const runtime = await loadDetectionRuntime(stores.detection);
  await runDetectionTick({ ...stores, now: T0, runtime });
  const service = await findTestService(stores, "steam");
  let n = 0;
  const report = async (at: number) => {
    n++;
    const r = await recordReport(makeDeps(stores, at, { burstLimit: 10 }), { service: service.slug, problem: "login" }, makeClient(`${10 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}.7`));
    expect(r.kind).toBe("counted");
  };
  const tick = (now: number) => runDetectionTick({ ...stores, now, runtime });
  const verdict = async () => (await readVerdict(stores.detection, service.id))!;
  return { stores, service, report, tick, verdict };
}

describe("cold start on a fresh install", () => {
  it("calls 200 distinct reporters within a minute on a quiet service an outage within 2 minutes", async () => {
    const { report, tick, verdict } = await freshInstall();
    // The surge starts 50 s into a minute and spreads over the next 45 s, across a minute boundary.
    const start = T0 + 5 * MIN + 50_000;
    for (let i = 0; i < 200; i++) await report(start + Math.floor((i * 45_000) / 200));
    let calledAt: number | null = null;
    // The server's tick runs a second after each minute closes.
    for (let m = 6; m <= 8 && calledAt === null; m++) {
      const now = T0 + m * MIN + 1_000;
      await tick(now);
      if ((await verdict()).status === "outage") calledAt = now;
    }
    expect(calledAt).not.toBeNull();
    expect(calledAt! - start).toBeLessThanOrEqual(2 * MIN);
    expect((await verdict()).basis).toBe("prior");
  });

  it("holds a 20-minute surge as an outage at every minute after the first two, its expected level below a tenth of it", async () => {
    const { stores, service, report, tick, verdict } = await freshInstall();
    const start = T0 + 5 * MIN;
    const seen: { minute: number; status: string; observed: number; expected: number }[] = [];
    for (let m = 0; m < 20; m++) {
      // 150 new reporters a minute, spread through the minute.
      for (let i = 0; i < 150; i++) await report(start + m * MIN + i * 390);
      await tick(start + (m + 1) * MIN + 1_000);
      const v = await verdict();
      seen.push({ minute: m, status: v.status, observed: v.observed, expected: v.expected });
    }
    for (const s of seen.slice(2)) {
      expect(s.status, `minute ${s.minute}`).toBe("outage");
      expect(s.expected, `minute ${s.minute}`).toBeLessThan(s.observed / 10);
    }
    // The incident is one, open, and the sentence says what the verdict rests on.
    expect(await stores.detection.listIncidents({ serviceId: service.id, state: "all", limit: 10 })).toMatchObject([{ serviceId: service.id, endedAt: null }]);
    const sentence = describeVerdict(service.name, await verdict());
    expect(sentence).toMatch(/^User reports indicate problems at Steam since \d\d:\d\d UTC \(2,250 reports in 15 min, ~0 expected\)\./);
    expect(sentence).toContain(`${DETECTOR_CONFIG.MIN_REPORTS_OUTAGE} or more different reporters within 15 minutes count as an outage`);
  });

  it("does not call fewer distinct reporters than the absolute rule an outage on a quiet service", async () => {
    const { report, tick, verdict } = await freshInstall();
    const start = T0 + 5 * MIN;
    for (let i = 0; i < DETECTOR_CONFIG.MIN_REPORTS_OUTAGE - 1; i++) await report(start + i * 20_000);
    for (let m = 6; m <= 25; m++) {
      await tick(T0 + m * MIN + 1_000);
      expect((await verdict()).status).not.toBe("outage");
    }
  });
});
