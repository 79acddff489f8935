import { describe, expect, it } from "vitest";
import { deriveDismissalEvent, deriveIncidentEvents, finalizeIncidentEvent } from "@/lib/detection/incident-events";
import type { Verdict } from "@/lib/detection/step-detector";
import type { Status } from "@/lib/detection/detector-state";

const service = { id: 7, slug: "outlook", name: "Outlook" };
const T = Date.UTC(2026, 10, 20, 8, 41);
const verdict = (status: Status, over: Partial<Verdict> = {}): Verdict => ({
  t: T, observed: 412, expected: 9.1, ratio: 45.3, p: 1e-30, status, since: status === "ok" ? null : Date.UTC(2026, 10, 20, 8, 22),
  expectedBucket: 0.6, calmSince: null, basis: "history", ...over,
});
const derive = (previous: Status, now: Status, over: Partial<Verdict> = {}) =>
  deriveIncidentEvents({ service, previous, verdict: verdict(now, over), windowMinutes: 15, incident: { ref: 1 } });

describe("incident events from detector steps", () => {
  it("opens on leaving ok, escalates possible -> outage, resolves on leaving an outage or a possible episode", () => {
    const cases: [Status, Status, string | null][] = [
      ["ok", "ok", null], ["ok", "possible", "incident.opened"], ["ok", "outage", "incident.opened"],
      ["possible", "possible", null], ["possible", "outage", "incident.escalated"], ["possible", "ok", "incident.resolved"],
      ["outage", "outage", null], ["outage", "possible", "incident.resolved"], ["outage", "ok", "incident.resolved"],
    ];
    for (const [prev, now, type] of cases) {
      const events = derive(prev, now);
      expect(events.map((e) => e.event.type), `${prev} -> ${now}`).toEqual(type ? [type] : []);
    }
  });

  it("carries the service, verdict, the page's sentence, counts, and the incident once it is known", () => {
    const [draft] = derive("possible", "outage");
    expect(draft.incident).toEqual({ ref: 1 });
    const e = finalizeIncidentEvent(draft, 12);
    expect(e.serviceIds).toEqual([7]);
    expect(e.occurredAt).toBe(T);
    expect(e.data).toMatchObject({
      service: { slug: "outlook", name: "Outlook" }, verdict: "outage", previousVerdict: "possible",
      sentence: "User reports indicate problems at Outlook since 08:22 UTC (412 reports in 15 min, ~9 expected).",
      since: "2026-11-20T08:22:00.000Z", counts: { observed: 412, expected: 9.1, ratio: 45.3, windowMinutes: 15 },
      incident: { id: 12, path: "/status/outlook/incidents/12" }, path: "/status/outlook/incidents/12",
    });
  });

  it("gives a possible episode no incident, and an ended outage its own sentence", () => {
    expect(derive("ok", "possible")[0].incident).toBeNull();
    expect(finalizeIncidentEvent(derive("ok", "possible")[0], null).data.path).toBe("/status/outlook");
    const [ended] = deriveIncidentEvents({ service, previous: "outage", verdict: verdict("ok", { observed: 10, expected: 9 }), windowMinutes: 15, incident: 12, since: Date.UTC(2026, 10, 20, 8, 22) });
    expect(ended.event.data.sentence).toBe("The outage at Outlook that began at 08:22 UTC is over: reports are back near the usual level (10 in 15 min, ~9 expected).");
    expect(ended.incident).toBe(12);
  });

  it("gives the same step the same id, and different steps different ids (no dots)", () => {
    const a = derive("ok", "outage")[0].event.id;
    expect(derive("ok", "outage")[0].event.id).toBe(a);
    expect(derive("ok", "outage", { t: T + 60_000 })[0].event.id).not.toBe(a);
    expect(derive("possible", "outage")[0].event.id).not.toBe(a);
    expect(a).toMatch(/^evt_[A-Za-z0-9_-]{24}$/);
  });

  it("tells subscribers when an operator dismisses an incident", () => {
    const e = deriveDismissalEvent({ service, incidentId: 12, at: T, note: "a brigade from a forum" });
    expect(e.type).toBe("incident.resolved");
    expect(e.data.sentence).toBe("An operator closed the Outlook incident as a false alarm: a brigade from a forum");
    expect(e.data.incident).toEqual({ id: 12, path: "/status/outlook/incidents/12" });
  });

  it("writes the sentence again in Chinese, with the service's Chinese name and Beijing time, for subscribers who read it", () => {
    const wechat = { id: 9, slug: "wechat", name: "WeChat", names: { "zh-CN": "微信" } };
    const [opened] = deriveIncidentEvents({ service: wechat, previous: "ok", verdict: verdict("outage"), windowMinutes: 15, incident: null });
    expect(opened.event.data.sentence).toBe("User reports indicate problems at WeChat since 08:22 UTC (412 reports in 15 min, ~9 expected).");
    expect(opened.event.data.translations).toEqual({
      "zh-CN": { sentence: "用户报告显示，微信自 16:22 北京时间 起出现问题（15 分钟内 412 份报告，预期约 9 份）。", name: "微信", headline: null },
    });
    const [ended] = deriveIncidentEvents({ service: wechat, previous: "outage", verdict: verdict("ok", { observed: 10, expected: 9 }), windowMinutes: 15, incident: 12, since: Date.UTC(2026, 10, 20, 8, 22) });
    expect(ended.event.data.translations?.["zh-CN"].sentence).toBe("微信自 16:22 北京时间 开始的故障已结束：报告已回落到接近通常水平（15 分钟内 10 份报告，预期约 9 份）。");
    // A service with no Chinese name keeps its own in the Chinese sentence; the operator's note is quoted as written.
    const dismissed = deriveDismissalEvent({ service, incidentId: 12, at: T, note: "a test" });
    expect(dismissed.data.translations?.["zh-CN"]).toEqual({ sentence: "管理员已将Outlook的事件作为误报关闭：a test", name: "Outlook", headline: null });
  });
});
