/**
 * The event point for "a vendor acknowledged an incident": called by the official-status poller (on the leader
 * node only, once per vendor incident, when it is first seen within FRESH_ACK_MS of its publication). Alerts
 * (issue 13's `official.acknowledged`) subscribe with onOfficialAcknowledged; nothing here depends on them.
 */

export interface OfficialAcknowledgement {
  service: { id: number; slug: string; name: string };
  vendorIncident: { id: string; name: string; impact: string; status: string; url: string | null };
  /** ISO 8601: when the vendor first said so in public (its own timestamp). */
  acknowledgedAt: string;
  /** The crowd's open (or just-ended) incident on that service this acknowledges, with the lag; null if none. */
  crowdIncident: { id: number; startedAt: string; lagMinutes: number } | null;
}

type Listener = (ack: OfficialAcknowledgement) => void | Promise<void>;

// On globalThis: the custom server and Next's bundle load separate copies of this module.
const KEY = Symbol.for("downwire.official-acknowledged");
const listeners = (): Set<Listener> => ((globalThis as Record<symbol, Set<Listener>>)[KEY] ??= new Set());

/** Subscribes to vendor acknowledgements; returns the unsubscribe function. */
export function onOfficialAcknowledged(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells every subscriber; a failing subscriber is logged and never stops the poller or the others. */
export async function emitOfficialAcknowledged(ack: OfficialAcknowledgement): Promise<void> {
  for (const listener of [...listeners()]) {
    try {
      await listener(ack);
    } catch (error) {
      console.error("[official-status] acknowledgement listener failed:", error instanceof Error ? error.message : error);
    }
  }
}

/** How recent a newly seen vendor incident must be to count as news (older ones are history being back-filled). */
export const FRESH_ACK_MS = 2 * 60 * 60_000;
