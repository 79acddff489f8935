import type { IncidentCorrelation } from "./read-incident-correlation";
import type { PublicGroup } from "./public-types";

export type ApiGroup = Omit<PublicGroup, "path"> & { url: string };

/** A group as the JSON API answers it: its permanent page as an absolute URL. */
export function toApiGroup(g: PublicGroup, origin: string): ApiGroup {
  const { path, ...rest } = g;
  return { ...rest, url: origin + path };
}

/** An incident's correlation as the incident API answers it: its locality, its role, and its group in brief. */
export function toApiCorrelation(c: IncidentCorrelation, origin: string) {
  const g = c.group;
  return {
    locality: c.locality,
    role: c.role,
    group: g ? { id: g.id, url: origin + g.path, headline: g.headline, kind: g.kind, open: g.open, memberCount: g.members.length, cause: g.cause } : null,
  };
}
