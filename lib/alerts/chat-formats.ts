import type { OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { joinPlain } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import { describeAlert } from "./describe-alert";

export const CHAT_FORMATS = ["slack", "discord", "teams"] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

/** Slack's mrkdwn treats &, < and > as markup. */
const slackEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const COLOURS = { outage: 0xc62828, possible: 0xef6c00, ok: 0x2e7d32 } as const;

/** The counts line under the sentence, when the event has counts. */
function countsLine(event: OutboxEvent, locale: Locale): string | null {
  const c = event.data.counts;
  if (!c) return null;
  return getTranslator(locale, "alert")("chatCounts", { observed: c.observed, window: c.windowMinutes, expected: Math.round(c.expected) });
}

/**
 * The body an incoming-webhook URL of that chat service accepts: Slack (text and blocks), Discord (an embed, with
 * mentions disabled so a service name cannot ping a channel) and Microsoft Teams (an Adaptive Card as Teams
 * workflows take it).
 */
export function formatChatMessage(format: ChatFormat, event: OutboxEvent, origin: string, locale: Locale = DEFAULT_LOCALE): unknown {
  const a = describeAlert(event, origin, locale);
  const counts = countsLine(event, locale);
  switch (format) {
    case "slack":
      return {
        text: `${a.title}: ${a.body}`,
        blocks: [
          { type: "section", text: { type: "mrkdwn", text: `*<${a.url}|${slackEscape(a.title)}>*\n${slackEscape(a.body)}` } },
          ...(counts ? [{ type: "context", elements: [{ type: "mrkdwn", text: slackEscape(`${counts} · Downwire`) }] }] : []),
        ],
        unfurl_links: false,
      };
    case "discord":
      return {
        allowed_mentions: { parse: [] },
        embeds: [
          {
            title: a.title.slice(0, 256),
            description: a.body.slice(0, 4000),
            url: a.url,
            color: COLOURS[event.data.verdict],
            timestamp: new Date(event.occurredAt).toISOString(),
            footer: { text: counts ? `${counts} · Downwire` : "Downwire" },
          },
        ],
      };
    case "teams":
      return {
        type: "message",
        attachments: [
          {
            contentType: "application/vnd.microsoft.card.adaptive",
            contentUrl: null,
            content: {
              $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
              type: "AdaptiveCard",
              version: "1.4",
              body: [
                { type: "TextBlock", text: a.title, weight: "Bolder", size: "Medium", wrap: true },
                { type: "TextBlock", text: a.body, wrap: true },
                ...(counts ? [{ type: "TextBlock", text: counts, isSubtle: true, spacing: "Small", wrap: true }] : []),
              ],
              actions: [{ type: "Action.OpenUrl", title: getTranslator(locale, "alert")("openInDownwire"), url: a.url }],
            },
          },
        ],
      };
  }
}

/** The first message a chat webhook gets, which verifies it (a chat service cannot echo a challenge). */
export function formatChatWelcome(format: ChatFormat, services: string[], origin: string, locale: Locale = DEFAULT_LOCALE): unknown {
  const t = getTranslator(locale, "alert");
  const text = services.length === 1 ? t("chatWelcome", { services: services[0] }) : t("chatWelcomeAny", { services: joinPlain(locale, services) });
  switch (format) {
    case "slack":
      return { text, unfurl_links: false };
    case "discord":
      return { content: text, allowed_mentions: { parse: [] } };
    case "teams":
      return {
        type: "message",
        attachments: [
          {
            contentType: "application/vnd.microsoft.card.adaptive",
            contentUrl: null,
            content: { $schema: "http://adaptivecards.io/schemas/adaptive-card.json", type: "AdaptiveCard", version: "1.4", body: [{ type: "TextBlock", text, wrap: true }], actions: [{ type: "Action.OpenUrl", title: "Downwire", url: origin }] },
          },
        ],
      };
  }
}
