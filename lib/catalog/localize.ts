import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { nameCountry } from "@/lib/catalog/name-country";
import { labelProblem } from "./problems";
import type { CategoryId } from "./types";

/*
 * Reads answer in English (the API's field values); a page in another language relabels what it shows by id:
 * problem types by category, countries by code.
 */

type Labelled = { id: string; label: string };

export function localizeProblemShares<T extends Labelled>(shares: T[], category: CategoryId, locale: Locale): T[] {
  return locale === DEFAULT_LOCALE ? shares : shares.map((s) => ({ ...s, label: labelProblem(category, s.id, locale) }));
}

export function localizeCountryShares<T extends Labelled>(shares: T[], locale: Locale): T[] {
  return locale === DEFAULT_LOCALE ? shares : shares.map((s) => ({ ...s, label: nameCountry(s.id, locale) }));
}
