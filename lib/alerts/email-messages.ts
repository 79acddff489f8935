import type { OutboxEvent } from "@/lib/events/event-types";
import { escapeXml } from "@/lib/formats/escape-xml";
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

const listOf = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

const page = (inner: string) =>
  `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:36em;margin:auto;line-height:1.5;color:#1a1a1a">${inner}</body></html>`;

/** The mail that asks an address to confirm; nothing else is ever sent to an address that does not. */
export function buildConfirmationMail({ to, services, confirmUrl, origin }: { to: string; services: string[]; confirmUrl: string; origin: string }): MailMessage {
  const what = listOf(services);
  const text = [
    `Someone (hopefully you) asked ${origin} to email this address when ${what} has problems.`,
    "",
    `To start getting these alerts, open this link and press "Confirm":`,
    confirmUrl,
    "",
    "If you did not ask for this, ignore this mail: without confirmation nothing more is sent, and the address is deleted within a week.",
  ].join("\n");
  const html = page(
    `<p>Someone (hopefully you) asked <a href="${escapeXml(origin)}">${escapeXml(origin)}</a> to email this address when <strong>${escapeXml(what)}</strong> has problems.</p>` +
      `<p><a href="${escapeXml(confirmUrl)}">Confirm the alerts</a></p>` +
      `<p style="color:#555">If you did not ask for this, ignore this mail: without confirmation nothing more is sent, and the address is deleted within a week.</p>`,
  );
  return { to, subject: `Confirm Downwire alerts for ${what}`, text, html, headers: { "Auto-Submitted": "auto-generated" } };
}

/** One alert: what happened in a sentence, its numbers, the page, and a one-click way out. */
export function buildAlertMail({ to, event, origin, unsubscribeUrl }: { to: string; event: OutboxEvent; origin: string; unsubscribeUrl: string }): MailMessage {
  const a = describeAlert(event, origin);
  const c = event.data.counts;
  const counts = c ? `${c.observed.toLocaleString("en")} reports in the last ${c.windowMinutes} minutes; about ${Math.round(c.expected).toLocaleString("en")} would be usual.` : null;
  const text = [a.body, ...(counts ? ["", counts] : []), "", `Details: ${a.url}`, "", "--", `You get this because you asked ${origin} for alerts.`, `Stop them: ${unsubscribeUrl}`].join("\n");
  const html = page(
    `<h1 style="font-size:1.25em">${escapeXml(a.title)}</h1><p>${escapeXml(a.body)}</p>` +
      (counts ? `<p style="color:#555">${escapeXml(counts)}</p>` : "") +
      `<p><a href="${escapeXml(a.url)}">See the live chart</a></p>` +
      `<hr><p style="color:#555;font-size:.9em">You get this because you asked ${escapeXml(origin)} for alerts. <a href="${escapeXml(unsubscribeUrl)}">Stop these alerts</a></p>`,
  );
  return { to, subject: a.title, text, html, headers: unsubscribeHeaders(unsubscribeUrl, new URL(origin).hostname) };
}
