import type { Incident } from "@/lib/detection/read-incidents";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { nameCountry, type Share } from "@/lib/reports/read-breakdown";
import { labelProblem } from "./problems";
import { nameIn, type Service } from "./read-catalog";
import type { CategoryId } from "./types";

/*
 * Reads answer in English (the API's field values); a page in another language relabels what it shows by id:
 * service names, problem types by category, countries by code.
 */

export function localizeProblemShares(shares: Share[], category: CategoryId, locale: Locale): Share[] {
  return locale === DEFAULT_LOCALE ? shares : shares.map((s) => ({ ...s, label: labelProblem(category, s.id, locale) }));
}

export function localizeCountryShares(shares: Share[], locale: Locale): Share[] {
  return locale === DEFAULT_LOCALE ? shares : shares.map((s) => ({ ...s, label: nameCountry(s.id, locale) }));
}

/** An incident with its service's name and its shares in a language (unchanged in English or for an unknown service). */
export function localizeIncident(incident: Incident, service: Pick<Service, "name" | "names" | "category"> | undefined, locale: Locale): Incident {
  if (locale === DEFAULT_LOCALE || !service) return incident;
  return {
    ...incident,
    service: { ...incident.service, name: nameIn(service, locale) },
    topProblems: localizeProblemShares(incident.topProblems, service.category, locale),
    topCountries: localizeCountryShares(incident.topCountries, locale),
  };
}
