import { SIGN_OUT_COOKIE } from "@/lib/admin/sign-in";

export const dynamic = "force-dynamic";

/** Sign-out form. */
export function POST() {
  return new Response(null, { status: 303, headers: { Location: "/admin/login", "Set-Cookie": SIGN_OUT_COOKIE, "Cache-Control": "no-store" } });
}
