import { describe, expect, it } from "vitest";
import { describeOfficial, formatUtc } from "../../../lib/official-status/describe-official";
import type { OfficialView } from "../../../lib/official-status/official-view";

const NOW = Date.parse("2026-11-25T15:52:00Z");
const view = (over: Partial<OfficialView> = {}): OfficialView => ({
  indicator: "none",
  description: "All Systems Operational",
  components: [],
  incidents: [],
  checkedAt: "2026-11-25T15:51:00.000Z",
  stale: false,
  source: { format: "statuspage", url: "https://www.githubstatus.com/api/v2/summary.json" },
  ...over,
});
const packages = view({
  indicator: "minor",
  components: [{ name: "Packages", status: "partial_outage" }],
  incidents: [{ id: "x", name: "Incident with Packages and Pages", impact: "major", status: "investigating", startedAt: "2026-11-25T14:39:09.542Z", updatedAt: "2026-11-25T15:50:04.967Z", url: null }],
});

describe("the official line", () => {
  it("names the vendor's worst component, what is affected and since when, after the crowd's word", () => {
    expect(describeOfficial("GitHub", "outage", packages, NOW)).toBe("Users report an outage; GitHub's status page says: Partial outage — Packages, since 14:39 UTC.");
    expect(describeOfficial("GitHub", "ok", packages, NOW)).toBe("GitHub's status page says: Partial outage — Packages, since 14:39 UTC.");
    expect(describeOfficial("GitHub", "possible", packages, NOW)).toMatch(/^Users report possible problems; GitHub's status page says: Partial outage/);
    const many = view({ indicator: "major", components: ["A", "B", "C", "D", "E"].map((name, i) => ({ name, status: i === 3 ? "major_outage" : "degraded_performance" })) });
    expect(describeOfficial("X", null, many, NOW)).toBe("X's status page says: Major outage — A, B, C and 2 more.");
  });

  it("says plainly when the crowd sees an outage while the vendor says all is well", () => {
    expect(describeOfficial("Discord", "outage", view(), NOW)).toBe("Users report an outage; yet Discord's status page says all systems are operational (last read 15:51 UTC).");
    expect(describeOfficial("Discord", "ok", view(), NOW)).toBe("Discord's status page says all systems are operational (last read 15:51 UTC).");
  });

  it("says when the reading is old or the page has not been read; null without a source", () => {
    expect(describeOfficial("GitHub", "ok", { ...packages, stale: true }, NOW)).toBe("GitHub's status page says: Partial outage — Packages, since 14:39 UTC (last read 15:51 UTC, the page could not be read since).");
    expect(describeOfficial("GitHub", "ok", view({ indicator: "unknown", checkedAt: null, stale: true }), NOW)).toBe("GitHub's status page has not been read yet.");
    expect(describeOfficial("GitHub", "ok", null, NOW)).toBeNull();
    // Another day gets its date.
    expect(formatUtc("2026-11-24T23:05:00Z", NOW)).toBe("24 Nov 23:05 UTC");
  });
});
