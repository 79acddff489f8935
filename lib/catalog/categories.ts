import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import type { CategoryId } from "./types";

/** A category's name in a language ("Messaging", "即时通讯"), from the message catalogs ("categories"). */
export function labelCategory(category: CategoryId, locale: Locale = DEFAULT_LOCALE): string {
  return MESSAGES[locale].categories[category];
}

/** English category names, as the API and the operator area show them. */
export const CATEGORY_LABELS: Record<CategoryId, string> = MESSAGES.en.categories;
