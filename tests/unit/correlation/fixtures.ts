import type { Service } from "../../../lib/catalog/read-catalog";
import type { CategoryId } from "../../../lib/catalog/types";
import type { Locality, Member } from "../../../lib/correlation/types";

/** A catalog entry as read from the database (plain data: the graph is built from it as it is in the tick). */
export function makeService(id: number, slug: string, dependsOn: string[] = [], category: CategoryId = "productivity", markets = ["US", "GB"]): Service {
  return { id, slug, name: slug, names: {}, category, url: `https://${slug}.example`, aliases: [], markets, popularity: 10, hidden: false, source: "seed", dependsOn, officialStatus: null };
}

export const SPREAD: Locality = { verdict: "spread", country: "US", share: 0.5, usualShare: 0.5, observed: 200, usual: 10, extra: 190, extraByCountry: { US: 95, GB: 95 }, windowMinutes: 60 };

export function makeLocal(country: string, extra = 200): Locality {
  return { verdict: "local", country, share: 0.9, usualShare: 0.1, observed: extra + 10, usual: 10, extra, extraByCountry: { [country]: extra * 0.9, US: extra * 0.1 }, windowMinutes: 60 };
}

export function makeMember(incidentId: number, serviceId: number, startedAt: number, locality: Locality = SPREAD): Member {
  return { incidentId, serviceId, startedAt, endedAt: null, locality, usualMix: { US: 0.6, GB: 0.3, DE: 0.1 } };
}
