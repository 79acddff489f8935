import type { Db } from "@/db/client";
import { findService, nameIn } from "@/lib/catalog/read-catalog";
import { readVerdict } from "@/lib/detection/read-status";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { renderBadge, type BadgeStyle } from "./render-badge";

/** A service's badge from its latest verdict, in a language (its name there, e.g. 微信); undefined for an unknown service. */
export function readBadge({ db, slug, label, style, locale = DEFAULT_LOCALE }: { db: Db; slug: string; label?: string; style?: BadgeStyle; locale?: Locale }): string | undefined {
  const service = findService(db, slug);
  if (!service) return undefined;
  return renderBadge({ label: label ?? nameIn(service, locale), status: readVerdict(db, service.id)?.status ?? null, style, locale });
}
