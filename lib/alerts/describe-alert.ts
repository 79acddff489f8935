import type { OutboxEvent } from "@/lib/events/event-types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translate";

/** An event in a few words for people (notification, mail subject, chat message), and the page it opens. */
export interface AlertText {
  title: string;
  body: string;
  url: string;
}

/**
 * The alert in the subscriber's language: the event's own translation of its sentence and names where it has one
 * (events written before alerts spoke other languages have none, and stay English), and the page in that language.
 */
export function describeAlert(event: OutboxEvent, origin: string, locale: Locale = DEFAULT_LOCALE): AlertText {
  const d = event.data;
  const words = locale === DEFAULT_LOCALE ? undefined : d.translations?.[locale];
  const t = getTranslator(words ? locale : DEFAULT_LOCALE, "alert");
  const name = words?.name ?? d.service?.name ?? d.services[0]?.name ?? t("someService");
  let title: string;
  switch (event.type) {
    case "incident.opened":
      title = d.verdict === "outage" ? t("down", { name }) : t("mayHaveProblems", { name });
      break;
    case "incident.escalated":
      title = t("down", { name });
      break;
    case "incident.resolved":
      title = d.previousVerdict === "outage" && d.verdict !== "ok" ? t("outageOverElevated", { name }) : t("backToNormal", { name });
      break;
    case "group.opened":
      title = (words ? words.headline : d.group?.headline) ?? t("together", { count: d.services.length });
      break;
    case "official.acknowledged":
      title = t("acknowledged", { name });
      break;
  }
  // The page opens in the subscriber's language whatever the event holds.
  return { title, body: words?.sentence ?? d.sentence, url: `${origin}${localizePath(locale, d.path)}` };
}
