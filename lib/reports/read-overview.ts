import type { Db } from "@/db/client";
import { listServices, type Service } from "@/lib/catalog/read-catalog";
import { readVerdicts, SEVERITY, type ServiceVerdict } from "@/lib/detection/read-status";
import { readVolumes, type Volume } from "./read-volume";

export interface ServiceSummary extends Volume {
  slug: string;
  name: string;
  category: Service["category"];
  url: string;
  aliases: string[];
  status: ServiceVerdict | null;
}

function matches(service: Service, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [service.name, service.slug, ...service.aliases].some((s) => s.toLowerCase().includes(needle));
}

/** The catalog with live volumes and verdicts: most severe first, then busiest right now (ties keep popularity order); optional search and category filter. */
export function readOverview({ db, now, q = "", category }: { db: Db; now: number; q?: string; category?: string }): ServiceSummary[] {
  const services = listServices(db).filter((s) => matches(s, q) && (!category || s.category === category));
  const volumes = readVolumes({ db, services, now });
  const verdicts = readVerdicts(db);
  const severity = (s: ServiceSummary) => (s.status ? SEVERITY[s.status.status] : 0);
  return services
    .map((s) => ({ slug: s.slug, name: s.name, category: s.category, url: s.url, aliases: s.aliases, ...volumes.get(s.id)!, status: verdicts.get(s.id) ?? null }))
    .sort((a, b) => severity(b) - severity(a) || b.reportsLastHour - a.reportsLastHour || b.usualLastHour - a.usualLastHour);
}
