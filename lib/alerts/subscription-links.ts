import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

type LinkedSubscription = { origin: string; token: string; locale: Locale };

/** The confirmation page an email subscription's first mail links to, in the subscription's language. */
export const confirmUrl = (sub: LinkedSubscription) => `${sub.origin}${localizePath(sub.locale, "/alerts/confirm")}?token=${encodeURIComponent(sub.token)}`;

/**
 * RFC 8058 one-click unsubscribe: a POST here removes the subscription; a GET shows the page with the button (in the
 * subscription's language, which `lang` names).
 */
export const unsubscribeUrl = (sub: LinkedSubscription) =>
  `${sub.origin}/api/v1/subscriptions/unsubscribe?token=${encodeURIComponent(sub.token)}${sub.locale === DEFAULT_LOCALE ? "" : `&lang=${encodeURIComponent(sub.locale)}`}`;
