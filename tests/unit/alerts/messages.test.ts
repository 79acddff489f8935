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
