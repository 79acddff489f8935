import { describe, expect, it } from "vitest";
import { formatChatMessage, formatChatWelcome } from "@/lib/alerts/chat-formats";
import { buildAlertMail, buildConfirmationMail } from "@/lib/alerts/email-messages";
import { toPayload } from "@/lib/alerts/payload";
import { buildPushMessage } from "@/lib/alerts/push-request";
import type { OutboxEvent } from "@/lib/events/event-types";

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
