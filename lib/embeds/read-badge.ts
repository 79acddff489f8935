import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { readVerdict } from "@/lib/detection/read-status";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { renderBadge, type BadgeStyle } from "./render-badge";

/** A service's badge from its latest verdict, in a language (its name there, e.g. 微信); undefined for an unknown service. */
export async function readBadge({ catalog, detection, slug, label, style, locale = DEFAULT_LOCALE }: { catalog: CatalogStore; detection: DetectionStore; slug: string; label?: string; style?: BadgeStyle; locale?: Locale }): Promise<string | undefined> {
  const service = (await readCatalog(catalog)).find(slug);
  if (!service) return undefined;
  return renderBadge({ label: label ?? nameIn(service, locale), status: (await readVerdict(detection, service.id))?.status ?? null, style, locale });
}
