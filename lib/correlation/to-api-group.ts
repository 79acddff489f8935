import type { Catalog } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { restoreEnglishNames } from "./english-names";
import type { IncidentCorrelation } from "./read-incident-correlation";
import type { PublicGroup } from "./public-types";

export type ApiGroup = Omit<PublicGroup, "path"> & { url: string };

/** A group as the JSON API answers it: its permanent page as an absolute URL. */
export function toApiGroup(g: PublicGroup, origin: string, catalog?: Catalog, locale: Locale = DEFAULT_LOCALE): ApiGroup {
  const { path, ...rest } = g;
  const group = { ...rest, url: origin + path };
  return locale === DEFAULT_LOCALE || !catalog ? group : restoreEnglishNames(group, catalog);
}

/** An incident's correlation as the incident API answers it: its locality, its role, and its group in brief. */
export function toApiCorrelation(c: IncidentCorrelation, origin: string, catalog?: Catalog, locale: Locale = DEFAULT_LOCALE) {
  const g = c.group;
  const out = {
    locality: c.locality,
    role: c.role,
    group: g ? { id: g.id, url: origin + g.path, headline: g.headline, kind: g.kind, open: g.open, memberCount: g.members.length, cause: g.cause } : null,
  };
  return locale === DEFAULT_LOCALE || !catalog ? out : restoreEnglishNames(out, catalog);
}
