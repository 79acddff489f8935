import type { Db } from "@/db/client";
import { findService, findServiceById, nameIn } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { toPublicLocality } from "./describe-locality";
import type { PublicGroup, PublicLocality } from "./public-types";
import { readIncidentGroup } from "./read-incident-groups";
import type { Locality, Role } from "./types";

function serviceName(db: Db, id: number, locale: Locale): string {
  const s = findServiceById(db, id);
  return s ? nameIn(s, locale) : getTranslator(locale, "locality")("theService");
}

export interface IncidentCorrelation {
  incidentId: number;
  /** Where its extra reports came from. */
  locality: PublicLocality;
  /** Its group (shown only with two or more members) and its role there. */
  group: PublicGroup | null;
  role: Role | null;
}

/** What correlation concluded about one incident; null before the first tick has assessed it. */
export function readIncidentCorrelation({ db, incidentId, now, locale = DEFAULT_LOCALE }: { db: Db; incidentId: number; now: number; locale?: Locale }): IncidentCorrelation | null {
  const row = db.$client.prepare("SELECT service_id AS s, group_id AS g, role, locality FROM incident_assessments WHERE incident_id = ?").get(incidentId) as
    | { s: number; g: number | null; role: Role | null; locality: string }
    | undefined;
  if (!row) return null;
  const group = row.g === null ? null : readIncidentGroup({ db, id: row.g, now, locale });
  const inGroup = group?.members.some((m) => m.incidentId === incidentId) ?? false;
  return {
    incidentId,
    locality: toPublicLocality(JSON.parse(row.locality) as Locality, serviceName(db, row.s, locale), locale),
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
export function readServiceCorrelation({ db, slug, now, locale = DEFAULT_LOCALE }: { db: Db; slug: string; now: number; locale?: Locale }): ServiceCorrelation {
  const serviceId = findService(db, slug)?.id;
  if (serviceId === undefined) return { groups: [], open: null };
  const incident = db.$client.prepare("SELECT id FROM incidents WHERE service_id = ? AND ended_at IS NULL ORDER BY id DESC LIMIT 1").get(serviceId) as { id: number } | undefined;
  const ids = db.$client
    .prepare(
      `SELECT id FROM incident_groups WHERE ended_at IS NULL AND member_count >= 2
         AND (cause_service_id = ? OR id IN (SELECT a.group_id FROM incident_assessments a JOIN incidents i ON i.id = a.incident_id WHERE a.service_id = ? AND i.ended_at IS NULL))
       ORDER BY started_at DESC, id DESC`,
    )
    .all(serviceId, serviceId) as { id: number }[];
  const groups = ids.map((r) => readIncidentGroup({ db, id: r.id, now, locale })).filter((g): g is PublicGroup => g !== null);
  return { groups, open: incident ? readIncidentCorrelation({ db, incidentId: incident.id, now, locale }) : null };
}
