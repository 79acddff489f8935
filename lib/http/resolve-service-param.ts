import { readCatalog, type Service } from "@/lib/catalog/read-catalog";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { respondError } from "./respond-json";

export type ServiceParam = { ok: true; service: Service } | { ok: false; response: Response };

/** The service a `/…/:slug/…` route is about, or the API's 404 for an unknown one. */
export async function resolveServiceParam(catalog: CatalogStore, slug: string): Promise<ServiceParam> {
  const key = slug.slice(0, 80);
  const service = (await readCatalog(catalog)).find(key);
  return service ? { ok: true, service } : { ok: false, response: respondError(404, "unknown_service", `No service called "${key}".`) };
}
