import { signInOperator } from "@/lib/admin/sign-in";
import { readEnv } from "@/lib/config/env";
import { pickForwarded } from "@/lib/privacy/client-ip";
import { respondError } from "@/lib/http/respond-json";

export const dynamic = "force-dynamic";

const to = (path: string, cookie?: string) => new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store", ...(cookie ? { "Set-Cookie": cookie } : {}) } });

/** Sign-in form: the admin token in, a session cookie out (the token itself is never stored in the browser). */
export async function POST(request: Request) {
  const env = readEnv();
  if (!env.ADMIN_TOKEN) return respondError(404, "not_found", "The operator area is not enabled on this server.");
  let given = "";
  try {
    given = String((await request.formData()).get("token") ?? "");
  } catch {
    return to("/admin/login?error=Send+the+sign-in+form.");
  }
  const secure = env.PUBLIC_URL.startsWith("https:") || pickForwarded(request.headers.get("x-forwarded-proto"), env.TRUST_PROXY) === "https";
  const cookie = signInOperator({ token: env.ADMIN_TOKEN, given, now: Date.now(), secure });
  return cookie ? to("/admin", cookie) : to("/admin/login?error=That+token+is+not+right.");
}
