import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { toPublicLocality } from "./describe-locality";
import type { PublicGroup, PublicLocality } from "./public-types";
import { readIncidentGroup, type GroupReadDeps } from "./read-incident-groups";
import type { Locality, Role } from "./types";

export interface IncidentCorrelation {
  incidentId: number;
  /** Where its extra reports came from. */
  locality: PublicLocality;
  /** Its group (shown only with two or more members) and its role there. */
  group: PublicGroup | null;
  role: Role | null;
}

/** What correlation concluded about one incident; null before the first tick has assessed it. */
export async function readIncidentCorrelation({ incidentId, now, ...deps }: GroupReadDeps & { incidentId: number; now: number }): Promise<IncidentCorrelation | null> {
  const row = await deps.correlation.readAssessment(incidentId);
  if (!row) return null;
  const group = row.groupId === null ? null : await readIncidentGroup({ ...deps, id: row.groupId, now });
  const inGroup = group?.members.some((m) => m.incidentId === incidentId) ?? false;
  const locale = deps.locale ?? DEFAULT_LOCALE;
  const service = (await readCatalog(deps.catalog)).findById(row.serviceId);
  return {
    incidentId,
    locality: toPublicLocality(JSON.parse(row.locality) as Locality, service ? nameIn(service, locale) : getTranslator(locale, "locality")("theService"), locale),
    group: inGroup ? group : null,
    role: inGroup ? row.role : null,
  };
}

export interface ServiceCorrelation {
  /** Open groups the service is part of, or that name it as the likely upstream. */
  groups: PublicGroup[];
  /** Its open incident's locality, when it has one. */
  open: IncidentCorrelation | null;
}

/** The wider picture for a service page right now (empty for an unknown service). */
export async function readServiceCorrelation({ slug, now, detection, ...deps }: GroupReadDeps & { detection: DetectionStore; slug: string; now: number }): Promise<ServiceCorrelation> {
  const serviceId = (await readCatalog(deps.catalog)).find(slug)?.id;
  if (serviceId === undefined) return { groups: [], open: null };
  const incident = await detection.readOpenIncidentOf(serviceId);
  const groups: PublicGroup[] = [];
  for (const id of await deps.correlation.readOpenGroupIdsOf(serviceId)) {
    const g = await readIncidentGroup({ ...deps, id, now });
    if (g) groups.push(g);
  }
  return { groups, open: incident === null ? null : await readIncidentCorrelation({ ...deps, incidentId: incident, now }) };
}
