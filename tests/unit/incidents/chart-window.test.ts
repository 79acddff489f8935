import { describe, expect, it } from "vitest";
import { pickIncidentWindow } from "../../../lib/detection/incident-chart-window";
import { summarizeIncident, titleIncident } from "../../../lib/incidents/describe-incident";
import type { Incident } from "../../../lib/incidents/read-incidents";

const H = 3_600_000;
const T = Date.UTC(2026, 10, 20, 8, 22);

describe("incident chart window", () => {
  it.each([
    // duration, bucket, pad before (ms)
    [0.5 * H, "5m", 1 * H],
    [3 * H, "5m", 1 * H],
    [8 * H, "15m", 2 * H],
    [20 * H, "1h", 3 * H],
  ] as const)("a %d ms incident is drawn in %s buckets with calm either side", (length, bucket, pad) => {
    const w = pickIncidentWindow({ startedAt: T, endedAt: T + length, now: T + 30 * H });
    expect(w.bucket).toBe(bucket);
    expect(w.from).toBeLessThanOrEqual(T - pad);
    expect(w.from).toBeGreaterThan(T - pad - w.bucketMs);
    expect(w.to).toBeGreaterThanOrEqual(T + length + pad);
    expect(w.from % w.bucketMs).toBe(0);
    expect(w.to % w.bucketMs).toBe(0);
  });

  it("an open incident's chart ends at now", () => {
    const w = pickIncidentWindow({ startedAt: T, endedAt: null, now: T + 2 * H + 60_000 });
    expect(w.to).toBeLessThanOrEqual(T + 2 * H + 60_000 + w.bucketMs);
    expect(w.to).toBeGreaterThan(T + 2 * H);
  });
});

const incident = (over: Partial<Incident> = {}): Incident => ({
  id: 12,
  service: { slug: "outlook", name: "Outlook" },
  startedAt: "2026-11-20T08:22:00.000Z",
  detectedAt: "2026-11-20T08:41:00.000Z",
  peakAt: "2026-11-20T13:57:00.000Z",
  peakReports: 1408,
  peakExpected: 37.8,
  endedAt: "2026-11-20T16:01:00.000Z",
  open: false,
  topProblems: [{ id: "login", label: "Login", count: 5012, percent: 71.2 }],
  topCountries: [{ id: "GB", label: "United Kingdom", count: 3000, percent: 40 }],
  note: null,
  closedBy: "detector",
  officialAcknowledgedAt: null,
  acknowledgementLagMinutes: null,
  ...over,
});

describe("incident wording", () => {
  it("titles and summarises a closed incident with every number it rests on", () => {
    expect(titleIncident(incident())).toBe("Outlook outage, 2026-11-20 08:22 UTC (7 h 39 min)");
    expect(summarizeIncident(incident())).toBe(
      "Users reported problems with Outlook from 2026-11-20 08:22 UTC to 2026-11-20 16:01 UTC (7 h 39 min). " +
        "At the peak, 2026-11-20 13:57 UTC, 1,408 reports arrived in 15 minutes where about 38 were expected (37× the usual level). " +
        "Most reported: Login (71.2%). Reports came mostly from United Kingdom (40%). Report counts are not the number of people affected.",
    );
  });

  it("leaves out the running length of an open incident unless asked (feeds stay stable)", () => {
    const open = incident({ endedAt: null, open: true });
    expect(titleIncident(open)).toBe("Outlook outage since 2026-11-20 08:22 UTC (ongoing)");
    expect(titleIncident(open, Date.parse("2026-11-20T10:22:00Z"))).toBe("Outlook outage since 2026-11-20 08:22 UTC (ongoing, 2 h 0 min)");
    expect(summarizeIncident(open)).toMatch(/^Users have been reporting problems with Outlook since 2026-11-20 08:22 UTC\. At the peak/);
  });
});
