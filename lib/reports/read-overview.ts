import type { Db } from "@/db/client";
import { listServices, type Service } from "@/lib/catalog/read-catalog";
import { readVolumes, type Volume } from "./read-volume";

export interface ServiceSummary extends Volume {
  slug: string;
  name: string;
  category: Service["category"];
  url: string;
  aliases: string[];
}

function matches(service: Service, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [service.name, service.slug, ...service.aliases].some((s) => s.toLowerCase().includes(needle));
}

/** The catalog with live volumes, busiest right now first (ties keep the catalog's popularity order); optional search and category filter. */
export function readOverview({ db, now, q = "", category }: { db: Db; now: number; q?: string; category?: string }): ServiceSummary[] {
  const services = listServices(db).filter((s) => matches(s, q) && (!category || s.category === category));
  const volumes = readVolumes({ db, services, now });
  return services
    .map((s) => ({ slug: s.slug, name: s.name, category: s.category, url: s.url, aliases: s.aliases, ...volumes.get(s.id)! }))
    .sort((a, b) => b.reportsLastHour - a.reportsLastHour || b.usualLastHour - a.usualLastHour);
}
