import { cookies } from "next/headers";
import { getStores } from "@/lib/stores/get-stores";
import { ADMIN_COOKIE } from "@/lib/admin/config";
import { checkAdminAccess } from "@/lib/admin/check-access";
import { exportCatalog } from "@/lib/admin/transfer-catalog";
import { readEnv } from "@/lib/config/env";
import { respondError } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

/** The catalog file, for the signed-in operator or a script with `Authorization: Bearer <ADMIN_TOKEN>`. */
export async function GET(request: Request) {
  const token = readEnv().ADMIN_TOKEN;
  if (!token) return respondError(404, "not_found", "The operator area is not enabled on this server.");
  const ok = checkAdminAccess({ token, cookie: (await cookies()).get(ADMIN_COOKIE)?.value, authorization: request.headers.get("authorization"), now: Date.now() });
  if (!ok) return respondError(401, "unauthorized", "Sign in at /admin or send the admin token as a Bearer credential.");
  return new Response(JSON.stringify(await exportCatalog({ catalog: (await getStores()).catalog }), null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="downwire-catalog.json"', "Cache-Control": "no-store" },
  });
}
