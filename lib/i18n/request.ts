import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isLocale } from "./config";
import { MESSAGES } from "./messages";

/**
 * next-intl's per-request configuration: the locale the proxy found in the URL (proxy.ts sets it as a request
 * header; unprefixed URLs are English), its messages, and the zone times render in before the browser names its own.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: DEFAULT_TIME_ZONE[locale] };
});
