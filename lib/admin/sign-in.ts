import { ADMIN_COOKIE, ADMIN_SESSION_MS } from "./config";
import { compareSecret, issueSession } from "./session";

/** The Set-Cookie value for a signed-in operator, or null when the token is wrong. */
export function signInOperator({ token, given, now, secure }: { token: string; given: string; now: number; secure: boolean }): string | null {
  if (!compareSecret(given.slice(0, 1024), token)) return null;
  return [`${ADMIN_COOKIE}=${issueSession(token, now)}`, "Path=/admin", "HttpOnly", "SameSite=Strict", `Max-Age=${ADMIN_SESSION_MS / 1000}`, ...(secure ? ["Secure"] : [])].join("; ");
}

/** The Set-Cookie value that ends the session. */
export const SIGN_OUT_COOKIE = `${ADMIN_COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0`;
