import crypto from "node:crypto";
import { ADMIN_SESSION_MS } from "./config";

/** Constant-time comparison of two secrets of any length (both are hashed first, so lengths leak nothing). */
export function compareSecret(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b) && given.length === expected.length;
}

function sign(token: string, issuedAt: number): string {
  return crypto.createHmac("sha256", token).update(`downwire-admin-session:${issuedAt}`).digest("base64url");
}

/** A session cookie value: when it was issued and a MAC over that under the admin token (the token itself never leaves the server). */
export function issueSession(token: string, now: number): string {
  return `${now}.${sign(token, now)}`;
}

/** True for a cookie this server issued under the current token, within its lifetime. Changing ADMIN_TOKEN logs everyone out. */
export function verifySession(token: string, cookie: string | undefined, now: number): boolean {
  if (!cookie) return false;
  const [at, mac] = cookie.split(".");
  const issuedAt = Number(at);
  if (!Number.isSafeInteger(issuedAt) || !mac || now < issuedAt || now - issuedAt > ADMIN_SESSION_MS) return false;
  return compareSecret(mac, sign(token, issuedAt));
}
