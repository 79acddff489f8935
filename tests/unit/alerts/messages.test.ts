import { describe, expect, it } from "vitest";
import { formatChatMessage, formatChatWelcome } from "@/lib/alerts/chat-formats";
import { buildAlertMail, buildConfirmationMail } from "@/lib/alerts/email-messages";
import { toPayload } from "@/lib/alerts/payload";
import { buildPushMessage } from "@/lib/alerts/push-request";
import type { OutboxEvent } from "@/lib/events/event-types";
import { deriveAcknowledgedEvent } from "@/lib/official-status/acknowledgement-event";

const event: OutboxEvent = {
  id: "evt_x",
  type: "incident.opened",
  occurredAt: Date.UTC(2026, 10, 20, 8, 41),
  serviceIds: [7],
  data: {
    service: { slug: "outlook", name: "Out<look> & @everyone" },
    services: [{ slug: "outlook", name: "Out<look> & @everyone" }],
    verdict: "outage",
    previousVerdict: "ok",
    sentence: "User reports indicate problems at Outlook since 08:22 UTC (412 reports in 15 min, ~9 expected).",
    since: "2026-11-20T08:22:00.000Z",
    counts: { observed: 412, expected: 9.1, ratio: 45.3, windowMinutes: 15 },
    incident: { id: 12, path: "/status/outlook/incidents/12" },
    group: null,
    official: null,
    path: "/status/outlook/incidents/12",
  },
};
const origin = "https://downwire.example";

describe("webhook payload", () => {
  it("is type/timestamp/data with absolute links", () => {
    const p = toPayload(event, origin);
    expect(p.type).toBe("incident.opened");
    expect(p.timestamp).toBe("2026-11-20T08:41:00.000Z");
    expect(p.data.links).toEqual({ page: `${origin}/status/outlook/incidents/12`, incident: `${origin}/status/outlook/incidents/12`, group: null });
    expect(p.data.incident).toEqual({ id: 12, url: `${origin}/status/outlook/incidents/12` });
    expect(p.data).not.toHaveProperty("path");
    expect(p.data.counts).toEqual(event.data.counts);
  });
});

describe("chat formats", () => {
  it("slack: escaped mrkdwn with a link", () => {
    const m = formatChatMessage("slack", event, origin) as { text: string; blocks: { text?: { text: string } }[] };
    expect(m.blocks[0].text!.text).toBe(`*<${origin}/status/outlook/incidents/12|Out&lt;look&gt; &amp; @everyone is down>*\n${event.data.sentence}`);
    expect(m.text).toContain("is down");
  });

  it("discord: an embed, no mentions", () => {
    const m = formatChatMessage("discord", event, origin) as { allowed_mentions: { parse: string[] }; embeds: { url: string; color: number; title: string }[] };
    expect(m.allowed_mentions.parse).toEqual([]);
    expect(m.embeds[0]).toMatchObject({ url: `${origin}/status/outlook/incidents/12`, color: 0xc62828, title: "Out<look> & @everyone is down" });
  });

  it("teams: an Adaptive Card with an open-URL action", () => {
    const m = formatChatMessage("teams", event, origin) as { type: string; attachments: { contentType: string; content: { type: string; actions: { url: string }[] } }[] };
    expect(m.type).toBe("message");
    expect(m.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(m.attachments[0].content.type).toBe("AdaptiveCard");
    expect(m.attachments[0].content.actions[0].url).toBe(`${origin}/status/outlook/incidents/12`);
  });

  it("welcome names what will be posted", () => {
    expect(formatChatWelcome("slack", ["Outlook", "Teams"], origin)).toEqual({ text: "Downwire will post here when any of Outlook, Teams has problems.", unfurl_links: false });
  });
});

describe("mails", () => {
  it("alert mail: RFC 8058 one-click headers, escaped HTML, the link and the way out in the text", () => {
    const m = buildAlertMail({ to: "a@example.org", event, origin, unsubscribeUrl: `${origin}/alerts/unsubscribe/tok` });
    expect(m.headers["List-Unsubscribe"]).toBe(`<${origin}/alerts/unsubscribe/tok>`);
    expect(m.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(m.headers["List-Id"]).toBe("Downwire alerts <alerts.downwire.example>");
    expect(m.subject).toBe("Out<look> & @everyone is down");
    expect(m.html).toContain("Out&lt;look&gt; &amp; @everyone is down");
    expect(m.html).not.toContain("Out<look>");
    expect(m.text).toContain(`${origin}/status/outlook/incidents/12`);
    expect(m.text).toContain(`${origin}/alerts/unsubscribe/tok`);
    expect(m.text).toContain("412 reports in the last 15 minutes; about 9 would be usual.");
  });

  it("confirmation mail names the services and the link", () => {
    const m = buildConfirmationMail({ to: "a@example.org", services: ["Outlook", "Teams", "Steam"], confirmUrl: `${origin}/alerts/confirm/t`, origin });
    expect(m.subject).toBe("Confirm Downwire alerts for Outlook, Teams and Steam");
    expect(m.text).toContain(`${origin}/alerts/confirm/t`);
  });
});

describe("push message", () => {
  it("title, sentence, page and a per-service tag", () => {
    expect(buildPushMessage(event, origin)).toEqual({ title: "Out<look> & @everyone is down", body: event.data.sentence, url: `${origin}/status/outlook/incidents/12`, tag: "service-outlook", timestamp: event.occurredAt });
  });
});

describe("official.acknowledged", () => {
  const ack = deriveAcknowledgedEvent({
    service: { id: 7, slug: "outlook", name: "Outlook" },
    crowd: { id: 12, startedAt: Date.UTC(2026, 10, 20, 8, 22), endedAt: null },
    word: { kind: "incident", vendorId: "MO123", name: "Users can't sign in", impact: "major", url: "https://status.example/MO123", at: Date.UTC(2026, 10, 20, 9, 30), resolvedAt: null },
    vendorStatus: "investigating",
    indicator: "major",
  });

  it("says who acknowledged what, when and how late, in every format", () => {
    const sentence = "Outlook acknowledged it on its status page at 2026-11-20 09:30 UTC, 1 h 8 min after users' reports began. Its notice: “Users can't sign in” (investigating).";
    expect(ack.data.sentence).toBe(sentence);
    expect(ack.data.translations?.["zh-CN"]).toEqual({ sentence: "Outlook 于 2026年11月20日 17:30 北京时间 在其官方状态页确认了此问题，比用户报告开始晚 1小时8分钟。其公告：“Users can't sign in”（investigating）。", name: "Outlook", headline: null });
    const p = toPayload(ack, origin);
    expect(p).toMatchObject({ type: "official.acknowledged", timestamp: "2026-11-20T09:30:00.000Z" });
    expect(p.data.official).toEqual({
      acknowledgedAt: "2026-11-20T09:30:00.000Z",
      lagMinutes: 68,
      kind: "incident",
      title: "Users can't sign in",
      url: "https://status.example/MO123",
      vendorIncidentId: "MO123",
      status: "investigating",
      impact: "major",
      indicator: "major",
    });
    expect(p.data.links.incident).toBe(`${origin}/status/outlook/incidents/12`);
    expect(buildAlertMail({ to: "a@example.org", event: ack, origin, unsubscribeUrl: `${origin}/u` }).subject).toBe("Outlook acknowledged the problem");
    expect((formatChatMessage("slack", ack, origin) as { text: string }).text).toBe(`Outlook acknowledged the problem: ${sentence}`);
  });

  it("a bare page change names what the page turned to", () => {
    const page = deriveAcknowledgedEvent({
      service: { id: 7, slug: "outlook", name: "Outlook" },
      crowd: { id: 12, startedAt: Date.UTC(2026, 10, 20, 8, 22), endedAt: null },
      word: { kind: "page", vendorId: null, name: "Status page: minor", impact: "minor", url: null, at: Date.UTC(2026, 10, 20, 8, 22), resolvedAt: null },
      vendorStatus: null,
      indicator: "major",
    });
    expect(page.data.sentence).toBe("Outlook acknowledged it on its status page at 2026-11-20 08:22 UTC, as users' reports began. Its page reads: Minor outage.");
    expect(page.data.official).toMatchObject({ kind: "page", lagMinutes: 0, status: null, vendorIncidentId: null, impact: "minor", indicator: "major" });
    // One event per crowd incident, whichever word announced it.
    expect(page.id).toBe(ack.id);
  });
});

describe("in the subscriber's language", () => {
  const zh: OutboxEvent = {
    ...event,
    data: {
      ...event.data,
      service: { slug: "wechat", name: "WeChat" },
      services: [{ slug: "wechat", name: "WeChat" }],
      sentence: "User reports indicate problems at WeChat since 08:22 UTC (412 reports in 15 min, ~9 expected).",
      incident: { id: 12, path: "/status/wechat/incidents/12" },
      path: "/status/wechat/incidents/12",
      translations: { "zh-CN": { sentence: "用户报告显示，微信自 16:22 北京时间 起出现问题（15 分钟内 412 份报告，预期约 9 份）。", name: "微信", headline: null } },
    },
  };
  const page = `${origin}/zh-CN/status/wechat/incidents/12`;

  it("mail: Chinese subject, sentence, counts and footer, the Chinese page, and the one-click headers unchanged", () => {
    const m = buildAlertMail({ to: "a@example.org", event: zh, origin, unsubscribeUrl: `${origin}/u?token=t&lang=zh-CN`, locale: "zh-CN" });
    expect(m.subject).toBe("微信出现故障");
    expect(m.text.split("\n")).toEqual([
      "用户报告显示，微信自 16:22 北京时间 起出现问题（15 分钟内 412 份报告，预期约 9 份）。",
      "",
      "过去 15 分钟内 412 份报告；通常约 9 份。",
      "",
      `详情：${page}`,
      "",
      "--",
      `您收到此邮件，是因为您在 ${origin} 订阅了提醒。`,
      `停止提醒：${origin}/u?token=t&lang=zh-CN`,
    ]);
    expect(m.html).toContain('<html lang="zh-CN">');
    expect(m.html).toContain(`<a href="${page}">查看实时图表</a>`);
    expect(m.headers["List-Unsubscribe"]).toBe(`<${origin}/u?token=t&lang=zh-CN>`);
    // The same event for an English reader is unchanged.
    expect(buildAlertMail({ to: "a@example.org", event: zh, origin, unsubscribeUrl: `${origin}/u` }).subject).toBe("WeChat is down");
  });

  it("an event written before translations existed stays English, but opens the reader's page", () => {
    const old = { ...zh, data: { ...zh.data, translations: undefined } };
    const m = buildPushMessage(old, origin, "zh-CN");
    expect(m).toMatchObject({ title: "WeChat is down", body: zh.data.sentence, url: page });
  });

  it("confirmation mail in Chinese names the services in Chinese", () => {
    const m = buildConfirmationMail({ to: "a@example.org", services: ["微信", "QQ"], confirmUrl: `${origin}/zh-CN/alerts/confirm?token=t`, origin, locale: "zh-CN" });
    expect(m.subject).toBe("确认 Downwire 关于微信和QQ的提醒");
    expect(m.text).toContain(`有人（希望是您）请求 ${origin} 在微信和QQ出现问题时给此地址发送邮件。`);
    expect(m.text).toContain(`${origin}/zh-CN/alerts/confirm?token=t`);
    expect(m.html).toContain("<strong>微信和QQ</strong>");
  });

  it("push, chat and chat welcome in Chinese", () => {
    expect(buildPushMessage(zh, origin, "zh-CN")).toEqual({ title: "微信出现故障", body: zh.data.translations!["zh-CN"].sentence, url: page, tag: "service-wechat", timestamp: zh.occurredAt });
    const slack = formatChatMessage("slack", zh, origin, "zh-CN") as { text: string; blocks: { elements?: { text: string }[] }[] };
    expect(slack.text).toBe(`微信出现故障: ${zh.data.translations!["zh-CN"].sentence}`);
    expect(slack.blocks[1].elements![0].text).toBe("15 分钟内 412 份报告（预期约 9 份） · Downwire");
    const teams = formatChatMessage("teams", zh, origin, "zh-CN") as { attachments: { content: { actions: { title: string; url: string }[] } }[] };
    expect(teams.attachments[0].content.actions[0]).toEqual({ type: "Action.OpenUrl", title: "在 Downwire 中打开", url: page });
    expect(formatChatWelcome("discord", ["微信", "QQ"], origin, "zh-CN")).toMatchObject({ content: "微信、QQ中任何一个出现问题时，Downwire 会在此发布消息。" });
  });

  it("webhook JSON, as the API with lang: Chinese sentences and pages, field values English, no translations carried", () => {
    const english = toPayload(zh, origin);
    expect(english.data).not.toHaveProperty("translations");
    expect(english.data).not.toHaveProperty("lang");
    expect(english.data.sentence).toBe(zh.data.sentence);
    const chinese = toPayload(zh, origin, "zh-CN");
    expect(chinese.data).not.toHaveProperty("translations");
    expect(chinese.data).toMatchObject({
      lang: "zh-CN",
      sentence: "用户报告显示，微信自 16:22 北京时间 起出现问题（15 分钟内 412 份报告，预期约 9 份）。",
      service: { slug: "wechat", name: "WeChat" },
      verdict: "outage",
      incident: { id: 12, url: page },
      links: { page, incident: page, group: null },
    });
    // An event without Chinese words does not claim to be Chinese.
    expect(toPayload({ ...zh, data: { ...zh.data, translations: undefined } }, origin, "zh-CN").data).not.toHaveProperty("lang");
  });
});
