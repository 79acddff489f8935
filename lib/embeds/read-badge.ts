import type { Db } from "@/db/client";
import { findService } from "@/lib/catalog/read-catalog";
import { readVerdict } from "@/lib/detection/read-status";
import { renderBadge, type BadgeStyle } from "./render-badge";

/** A service's badge from its latest verdict; undefined for an unknown service. */
export function readBadge({ db, slug, label, style }: { db: Db; slug: string; label?: string; style?: BadgeStyle }): string | undefined {
  const service = findService(db, slug);
  if (!service) return undefined;
  return renderBadge({ label: label ?? service.name, status: readVerdict(db, service.id)?.status ?? null, style });
}
