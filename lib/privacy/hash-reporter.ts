import crypto from "node:crypto";
import { REPORTER_KEY_BYTES } from "./config";

/**
 * Keyed hash of who is reporting. The IP goes in and never comes out: without the day's salt the key
 * cannot be reversed or joined with another day's keys.
 */
export function hashReporter(salt: Buffer, scope: string, ip: string, userAgent: string): Buffer {
  return crypto
    .createHmac("sha256", salt)
    .update(`${scope}|${ip}|${userAgent}`)
    .digest()
    .subarray(0, REPORTER_KEY_BYTES);
}
