import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { readVerdict } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { renderBadge, type BadgeStyle } from "./render-badge";

/** A service's badge from its latest verdict; undefined for an unknown service. */
export async function readBadge({ catalog, detection, slug, label, style }: { catalog: CatalogStore; detection: DetectionStore; slug: string; label?: string; style?: BadgeStyle }): Promise<string | undefined> {
  const service = (await readCatalog(catalog)).find(slug);
  if (!service) return undefined;
  return renderBadge({ label: label ?? service.name, status: (await readVerdict(detection, service.id))?.status ?? null, style });
}
