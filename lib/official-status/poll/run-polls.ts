import type { LeaseFence } from "@/db/sql-client";
import type { Resolve } from "@/lib/net/safe-fetch";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import type { OutboxEvent } from "@/lib/events/event-types";
import type { OfficialStatusStore } from "../store/official-status-store";
import { announceAcknowledgement } from "./announce-acknowledgement";
import type { PollConfig } from "./poll-config";
import { pollSource } from "./poll-source";

export interface PollRound {
  polled: number;
  failed: number;
  /** official.acknowledged events this round put in the outbox (new ones only). */
  acknowledged: OutboxEvent[];
}

/**
 * One round of the poller (on the leading node only): every source whose next poll is due is asked once, a few at a
 * time so one slow vendor holds up nobody. A good poll that finds the vendor acknowledging a crowd incident writes
 * official.acknowledged to the outbox in the same transaction as what it stores.
 */
export async function runOfficialPolls({
  official,
  detection,
  config,
  now,
  fence,
  resolve,
}: {
  official: OfficialStatusStore;
  detection: DetectionStore;
  config: PollConfig;
  now: number;
  fence?: LeaseFence;
  resolve?: Resolve;
}): Promise<PollRound> {
  const due = (await official.readSources()).filter((s) => s.nextPollAt === null || s.nextPollAt <= now);
  const round: PollRound = { polled: 0, failed: 0, acknowledged: [] };
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const source = due[next++];
      const service = { id: source.serviceId, slug: source.slug, name: source.name };
      const result = await pollSource({
        source,
        store: official,
        config,
        now,
        fence,
        resolve,
        announce: async (poll) => {
          const event = await announceAcknowledgement({ official, detection, service, ...poll, now });
          return event ? [event] : [];
        },
      });
      round.polled++;
      if (!result.ok) round.failed++;
      else round.acknowledged.push(...result.announced);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, config.concurrency) }, worker));
  return round;
}
