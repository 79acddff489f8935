import { localizeCountryShares, localizeProblemShares } from "@/lib/catalog/localize";
import { nameIn, type Service } from "@/lib/catalog/read-catalog";
import type { Incident } from "@/lib/incidents/read-incidents";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";

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
