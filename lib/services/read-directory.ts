import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { CATEGORY_IDS, type CategoryId } from "@/lib/catalog/types";
import type { Status } from "@/lib/detection/detector-state";
import { readVerdicts } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";

export interface DirectoryGroup {
  category: CategoryId;
  label: string;
  services: { slug: string; name: string; status: Status | null }[];
}

/** Every visible service by category, A-Z, with its current tier: a light index for a catalog of thousands. */
export async function readDirectory({ catalog, detection }: { catalog: CatalogStore; detection: DetectionStore }): Promise<DirectoryGroup[]> {
  const verdicts = await readVerdicts(detection);
  const services = (await readCatalog(catalog)).list();
  return CATEGORY_IDS.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    services: services
      .filter((s) => s.category === category)
      .map((s) => ({ slug: s.slug, name: s.name, status: verdicts.get(s.id)?.status ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, "en")),
  })).filter((g) => g.services.length > 0);
}
