import type { Db } from "@/db/client";
import { findService, type Service } from "@/lib/catalog/read-catalog";
import { respondError } from "./respond-json";

export type ServiceParam = { ok: true; service: Service } | { ok: false; response: Response };

/** The service a `/…/:slug/…` route is about, or the API's 404 for an unknown one. */
export function resolveServiceParam(db: Db, slug: string): ServiceParam {
  const key = slug.slice(0, 80);
  const service = findService(db, key);
  return service ? { ok: true, service } : { ok: false, response: respondError(404, "unknown_service", `No service called "${key}".`) };
}
