import { labelCategory } from "@/lib/catalog/categories";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { CATEGORY_IDS, type CategoryId } from "@/lib/catalog/types";
import type { Status } from "@/lib/detection/detector-state";
import { readVerdicts } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";

export interface DirectoryGroup {
  category: CategoryId;
  label: string;
  services: { slug: string; name: string; status: Status | null }[];
}

/** Every visible service by category, A-Z in the reader's language, with its current tier: a light index for a catalog of thousands. */
export async function readDirectory({ catalog, detection, locale = DEFAULT_LOCALE }: { catalog: CatalogStore; detection: DetectionStore; locale?: Locale }): Promise<DirectoryGroup[]> {
  const verdicts = await readVerdicts(detection);
  const services = (await readCatalog(catalog)).list();
  const collator = new Intl.Collator(locale);
  return CATEGORY_IDS.map((category) => ({
    category,
    label: labelCategory(category, locale),
    services: services
      .filter((s) => s.category === category)
      .map((s) => ({ slug: s.slug, name: nameIn(s, locale), status: verdicts.get(s.id)?.status ?? null }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((g) => g.services.length > 0);
}
