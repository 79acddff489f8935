import { serialize } from "cookie";
import { ADMIN_COOKIE, ADMIN_SESSION_MS } from "./config";
import { compareSecret, issueSession } from "./session";

const COOKIE_OPTIONS = { path: "/admin", httpOnly: true, sameSite: "strict" } as const;

/** The Set-Cookie value for a signed-in operator, or null when the token is wrong. */
export function signInOperator({ token, given, now, secure }: { token: string; given: string; now: number; secure: boolean }): string | null {
  if (!compareSecret(given.slice(0, 1024), token)) return null;
  return serialize(ADMIN_COOKIE, issueSession(token, now), { ...COOKIE_OPTIONS, maxAge: ADMIN_SESSION_MS / 1000, secure });
}

/** The Set-Cookie value that ends the session. */
export const SIGN_OUT_COOKIE = serialize(ADMIN_COOKIE, "", { ...COOKIE_OPTIONS, maxAge: 0 });
