import type { OutboxEvent } from "@/lib/events/event-types";
import { escapeXml } from "@/lib/formats/escape-xml";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { joinList } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import { describeAlert } from "./describe-alert";

/** A mail as nodemailer takes it (minus `from`, which the transport's configuration supplies). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * Headers every alert mail carries: RFC 8058 one-click unsubscribe (an HTTPS URI in List-Unsubscribe, and
 * List-Unsubscribe-Post telling the mail client it may POST to it without asking anything more), a List-Id, and
 * Auto-Submitted so that out-of-office robots do not answer.
 */
export function unsubscribeHeaders(unsubscribeUrl: string, listHost: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `Downwire alerts <alerts.${listHost}>`,
    "Auto-Submitted": "auto-generated",
  };
}

const page = (locale: Locale, inner: string) =>
  `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;max-width:36em;margin:auto;line-height:1.5;color:#1a1a1a">${inner}</body></html>`;

/** The mail that asks an address to confirm; nothing else is ever sent to an address that does not. */
export function buildConfirmationMail({ to, services, confirmUrl, origin, locale = DEFAULT_LOCALE }: { to: string; services: string[]; confirmUrl: string; origin: string; locale?: Locale }): MailMessage {
  const t = getTranslator(locale, "alert");
  const what = joinList(locale, services);
  const text = [t("confirmAsked", { origin, services: what }), "", t("confirmOpen"), confirmUrl, "", t("confirmIgnore")].join("\n");
  const html = page(
    locale,
    `<p>${t("confirmAsked", { origin: `<a href="${escapeXml(origin)}">${escapeXml(origin)}</a>`, services: `<strong>${escapeXml(what)}</strong>` })}</p>` +
      `<p><a href="${escapeXml(confirmUrl)}">${escapeXml(t("confirmButton"))}</a></p>` +
      `<p style="color:#555">${escapeXml(t("confirmIgnore"))}</p>`,
  );
  return { to, subject: t("confirmSubject", { services: what }), text, html, headers: { "Auto-Submitted": "auto-generated" } };
}

/** One alert, in the subscriber's language: what happened in a sentence, its numbers, the page, and a one-click way out. */
export function buildAlertMail({ to, event, origin, unsubscribeUrl, locale = DEFAULT_LOCALE }: { to: string; event: OutboxEvent; origin: string; unsubscribeUrl: string; locale?: Locale }): MailMessage {
  const t = getTranslator(locale, "alert");
  const a = describeAlert(event, origin, locale);
  const c = event.data.counts;
  const counts = c ? t("mailCounts", { observed: c.observed, window: c.windowMinutes, expected: Math.round(c.expected) }) : null;
  const text = [a.body, ...(counts ? ["", counts] : []), "", t("details", { url: a.url }), "", "--", t("why", { origin }), t("stopText", { url: unsubscribeUrl })].join("\n");
  const html = page(
    locale,
    `<h1 style="font-size:1.25em">${escapeXml(a.title)}</h1><p>${escapeXml(a.body)}</p>` +
      (counts ? `<p style="color:#555">${escapeXml(counts)}</p>` : "") +
      `<p><a href="${escapeXml(a.url)}">${escapeXml(t("seeChart"))}</a></p>` +
      `<hr><p style="color:#555;font-size:.9em">${escapeXml(t("why", { origin }))} <a href="${escapeXml(unsubscribeUrl)}">${escapeXml(t("stopLink"))}</a></p>`,
  );
  return { to, subject: a.title, text, html, headers: unsubscribeHeaders(unsubscribeUrl, new URL(origin).hostname) };
}
