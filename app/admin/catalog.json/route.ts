import { MAX_CATALOG_FILE_BYTES } from "@/lib/admin/config";
import { exportCatalog, importCatalog } from "@/lib/admin/transfer-catalog";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import { readEnv } from "@/lib/config/env";
import { respondError } from "@/lib/http/respond-json";
import { getStores } from "@/lib/stores/get-stores";
import { formatFields, isOperatorRequest, redirectBack } from "../operator-request";

export const dynamic = "force-dynamic";

/** The catalog file, for the signed-in operator or a script with `Authorization: Bearer <ADMIN_TOKEN>`. */
export async function GET(request: Request) {
  const token = readEnv().ADMIN_TOKEN;
  if (!token) return respondError(404, "not_found", "The operator area is not enabled on this server.");
  if (!(await isOperatorRequest(request, token))) return respondError(401, "unauthorized", "Sign in at /admin or send the admin token as a Bearer credential.");
  return new Response(JSON.stringify(await exportCatalog({ catalog: (await getStores()).catalog }), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="downwire-catalog.json"', "Cache-Control": "no-store" },
  });
}

const back = (params: Record<string, string>) => redirectBack("/admin", params);

/**
 * Imports a catalog file: the admin page's upload form (multipart, answered with a redirect back to /admin) or a
 * script's JSON body (answered in JSON). The server refuses bodies over MAX_ADMIN_BODY_BYTES before they get here.
 */
export async function POST(request: Request) {
  const token = readEnv().ADMIN_TOKEN;
  if (!token) return respondError(404, "not_found", "The operator area is not enabled on this server.");
  if (!(await isOperatorRequest(request, token))) return respondError(401, "unauthorized", "Sign in at /admin or send the admin token as a Bearer credential.");
  const json = (request.headers.get("content-type") ?? "").startsWith("application/json");
  let text: string;
  if (json) text = await request.text();
  else {
    const file = await request.formData().then((f) => f.get("file")).catch(() => null);
    if (!(file instanceof File) || file.size === 0) return back({ error: "Choose a catalog file to import." });
    if (file.size > MAX_CATALOG_FILE_BYTES) return back({ error: `That file is over ${MAX_CATALOG_FILE_BYTES / 1024 / 1024} MB.` });
    text = await file.text();
  }
  if (json && text.length > MAX_CATALOG_FILE_BYTES) return respondError(413, "too_large", `A catalog file may be up to ${MAX_CATALOG_FILE_BYTES / 1024 / 1024} MB.`);
  const r = await importCatalog({ admin: (await getStores()).admin, now: Date.now(), text });
  if (r.ok) bumpReadGeneration();
  if (json) return r.ok ? Response.json(r) : respondError(400, "invalid_catalog", "Nothing imported.", r.errors);
  if (!r.ok) return back({ error: `Nothing imported: ${formatFields(r.errors)}` });
  return back({ done: `Imported: ${r.created} added, ${r.updated} updated.` });
}
