import { makeEventId, servicePath, type OutboxEvent } from "../../lib/events/event-types";

/**
 * An incident.opened event as the detection tick writes it (for tests that need one in the outbox without a surge),
 * with its Chinese words written out here by hand (Beijing is UTC+8 all year).
 */
export function makeOpenedEvent(service: { id: number; slug: string; name: string; names?: { "zh-CN"?: string } }, at: number, observed = 120): OutboxEvent {
  const zhName = service.names?.["zh-CN"] ?? service.name;
  const beijing = new Date(at + 8 * 3_600_000).toISOString().slice(11, 16);
  return {
    id: makeEventId("incident.opened", `service:${service.id}`, at),
    type: "incident.opened",
    occurredAt: at,
    serviceIds: [service.id],
    data: {
      service: { slug: service.slug, name: service.name },
      services: [{ slug: service.slug, name: service.name }],
      verdict: "outage",
      previousVerdict: "ok",
      sentence: `User reports indicate problems at ${service.name} since ${new Date(at).toISOString().slice(11, 16)} UTC (${observed} reports in 15 min, ~4 expected).`,
      since: new Date(at).toISOString(),
      counts: { observed, expected: 4, ratio: observed / 4, windowMinutes: 15 },
      incident: null,
      group: null,
      official: null,
      path: servicePath(service.slug),
      translations: { "zh-CN": { sentence: `用户报告显示，${zhName}自 ${beijing} 北京时间 起出现问题（15 分钟内 ${observed} 份报告，预期约 4 份）。`, name: zhName, headline: null } },
    },
  };
}
