import { compareSecret, verifySession } from "./session";

/**
 * May this request act as the operator? Only when ADMIN_TOKEN is set, and the request carries a session cookie
 * this server issued under it, or the token itself as a Bearer credential (for scripted export and import).
 */
export function checkAdminAccess({ token, cookie, authorization, now }: { token: string; cookie?: string; authorization?: string | null; now: number }): boolean {
  if (!token) return false;
  const bearer = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
  if (bearer !== undefined) return compareSecret(bearer, token);
  return verifySession(token, cookie, now);
}
