import crypto from "node:crypto";

/** A client as the per-client limit knows it: a keyed hash of its address under the day's salt (no IP is stored). */
export function clientRateKey(salt: Buffer, ip: string): string {
  return `client:${crypto.createHmac("sha256", salt).update(`alerts|${ip}`).digest("base64url").slice(0, 22)}`;
}

/** An address as the per-address limits know it (the address itself is stored only in its subscription). */
export function addressRateKey(purpose: "confirm" | "mail", address: string): string {
  return `${purpose}:${crypto.createHash("sha256").update(address.toLowerCase()).digest("base64url").slice(0, 22)}`;
}

/** The start of the fixed window `now` falls in. */
export const windowStart = (now: number, windowMs: number) => Math.floor(now / windowMs) * windowMs;
