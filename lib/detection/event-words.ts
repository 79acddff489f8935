import { nameIn } from "@/lib/catalog/read-catalog";
import type { LocalNames } from "@/lib/catalog/types";
import type { EventWords } from "@/lib/events/event-types";
import { OTHER_LOCALES, type Locale } from "@/lib/i18n/config";

/**
 * An event about one service in every language but English (its `translations`): each sentence written by
 * `sentence` with the service's name in that language (微信), so alerts reach each subscriber in theirs.
 */
export function wordsInOtherLocales(service: { name: string; names?: LocalNames }, sentence: (name: string, locale: Locale) => string): Record<string, EventWords> {
  return Object.fromEntries(
    OTHER_LOCALES.map((locale) => {
      const name = nameIn({ name: service.name, names: service.names ?? {} }, locale);
      return [locale, { sentence: sentence(name, locale), name, headline: null }];
    }),
  );
}
