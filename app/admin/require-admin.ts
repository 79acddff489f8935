import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ADMIN_COOKIE } from "@/lib/admin/config";
import { checkAdminAccess } from "@/lib/admin/check-access";
import { readEnv } from "@/lib/config/env";

/** For every admin page and action: 404 when the operator area is off, to the sign-in page when not signed in. */
export async function requireAdmin(): Promise<void> {
  const token = readEnv().ADMIN_TOKEN;
  if (!token) notFound();
  const ok = checkAdminAccess({ token, cookie: (await cookies()).get(ADMIN_COOKIE)?.value, authorization: (await headers()).get("authorization"), now: Date.now() });
  if (!ok) redirect("/admin/login");
}
