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

  it("reads in Chinese on Chinese pages: the crowd's word, the vendor's state, times in Beijing time", () => {
    expect(describeOfficial("GitHub", "outage", packages, NOW, "zh-CN")).toBe("用户报告显示出现故障；GitHub官方状态页显示：部分中断——Packages，自 22:39 北京时间 起。");
    expect(describeOfficial("GitHub", "possible", packages, NOW, "zh-CN")).toBe("用户报告显示可能出现问题；GitHub官方状态页显示：部分中断——Packages，自 22:39 北京时间 起。");
    const many = view({ indicator: "major", components: ["A", "B", "C", "D", "E"].map((name, i) => ({ name, status: i === 3 ? "major_outage" : "degraded_performance" })) });
    expect(describeOfficial("X", null, many, NOW, "zh-CN")).toBe("X官方状态页显示：大面积中断——A、B、C等，另有 2 项。");
    expect(describeOfficial("X", null, view({ indicator: "critical" , incidents: [] , components: [] }), NOW, "zh-CN")).toBe("X官方状态页显示：严重故障。");
    expect(describeOfficial("Discord", "outage", view(), NOW, "zh-CN")).toBe("用户报告显示出现故障；然而Discord官方状态页显示所有系统运行正常（最后读取于 23:51 北京时间）。");
    expect(describeOfficial("GitHub", "ok", { ...packages, stale: true }, NOW, "zh-CN")).toBe("GitHub官方状态页显示：部分中断——Packages，自 22:39 北京时间 起（最后读取于 23:51 北京时间，此后该页面无法读取）。");
    expect(describeOfficial("GitHub", "ok", view({ indicator: "unknown", checkedAt: null, stale: true }), NOW, "zh-CN")).toBe("GitHub官方状态页尚未读取。");
    // Another day in Beijing gets its date: 23:05 UTC on the 24th is 07:05 on the 25th there, so this one does not.
    expect(formatUtc("2026-11-24T23:05:00Z", NOW, "zh-CN")).toBe("07:05 北京时间");
    expect(formatUtc("2026-11-24T12:05:00Z", NOW, "zh-CN")).toBe("11月24日 20:05 北京时间");
    // Nothing of the English line is left.
    expect(describeOfficial("GitHub", "outage", packages, NOW, "zh-CN")).not.toMatch(/status page|Partial|since|UTC/);
  });
});
