import { cookies } from "next/headers";
import { ADMIN_COOKIE } from "@/lib/admin/config";
import { checkAdminAccess } from "@/lib/admin/check-access";
import { readEnv } from "@/lib/config/env";
import { respondError } from "@/lib/http/respond-json";

/** True for a signed-in operator (session cookie) or a script with `Authorization: Bearer <ADMIN_TOKEN>`. */
export async function isOperatorRequest(request: Request, token: string): Promise<boolean> {
  return checkAdminAccess({ token, cookie: (await cookies()).get(ADMIN_COOKIE)?.value, authorization: request.headers.get("authorization"), now: Date.now() });
}

/**
 * Every operator form post starts here: the area must be enabled (else 404) and the request an operator's (else
 * back to sign-in). Resolves with the posted form, or with the response to send instead.
 */
export async function readOperatorForm(request: Request): Promise<FormData | Response> {
  const token = readEnv().ADMIN_TOKEN;
  if (!token) return respondError(404, "not_found", "The operator area is not enabled on this server.");
  if (!(await isOperatorRequest(request, token))) return redirectBack("/admin/login", {});
  return request.formData().catch(() => new FormData());
}

/** The answer to an operator's form: back to a page of the operator area with what happened (a full page load, no script needed). */
export function redirectBack(path: string, params: Record<string, string>): Response {
  return new Response(null, { status: 303, headers: { Location: `${path}?${new URLSearchParams(params)}`, "Cache-Control": "no-store" } });
}

/** "slug: taken; url: an http(s) address": field errors for the notice at the top of the page. */
export function formatFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .slice(0, 8)
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
}
