import crypto from "node:crypto";
import type { EventServiceRef, EventType } from "@/lib/events/event-types";

export const VERIFY_EVENT_TYPE = "subscription.verify";

export interface VerifyPayload {
  type: typeof VERIFY_EVENT_TYPE;
  timestamp: string;
  data: { challenge: string; subscription: { id: string; services: EventServiceRef[]; groups: boolean; events: EventType[] | null } };
}

export function createChallenge(): string {
  return crypto.randomBytes(24).toString("base64url");
}

/**
 * The signed event a new webhook endpoint gets first. Only an endpoint that answers it with the challenge proves it
 * asked for Downwire's alerts, so nobody can point Downwire at someone else's server.
 */
export function buildVerifyPayload({ challenge, subscriptionId, services, groups, events, now }: {
  challenge: string;
  subscriptionId: string;
  services: EventServiceRef[];
  groups: boolean;
  events: EventType[] | null;
  now: number;
}): VerifyPayload {
  return { type: VERIFY_EVENT_TYPE, timestamp: new Date(now).toISOString(), data: { challenge, subscription: { id: subscriptionId, services, groups, events } } };
}

/** A 2xx answer whose body carries the challenge (as `{"challenge":"…"}` or as plain text) completes the handshake. */
export function isChallengeAnswered(status: number, body: Buffer, challenge: string): boolean {
  if (status < 200 || status > 299) return false;
  const text = body.toString("utf8").trim();
  if (text === challenge) return true;
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === "object" && parsed !== null && (parsed as { challenge?: unknown }).challenge === challenge;
  } catch {
    return false;
  }
}
