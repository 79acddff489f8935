import type { LeaseFence } from "@/db/sql-client";
import type { Resolve } from "@/lib/net/safe-fetch";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { lagMinutes } from "../acknowledgement-lag";
import { emitOfficialAcknowledged, FRESH_ACK_MS, type OfficialAcknowledgement } from "../acknowledgements";
import type { OfficialStatusStore, SourceRow } from "../store/official-status-store";
import type { PollConfig } from "./poll-config";
import { pollSource } from "./poll-source";
import type { IncidentRecord } from "./reconcile";

export interface PollRound {
  polled: number;
  failed: number;
  acknowledgements: OfficialAcknowledgement[];
}

/**
 * One round of the poller (on the leading node only): every source whose next poll is due is asked once, a few at a
 * time so one slow vendor holds up nobody. A vendor incident seen for the first time and published recently is
 * announced through emitOfficialAcknowledged, with the crowd's open or recent incident on that service.
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
  const round: PollRound = { polled: 0, failed: 0, acknowledgements: [] };
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const source = due[next++];
      const result = await pollSource({ source, store: official, config, now, fence, resolve });
      round.polled++;
      if (!result.ok) {
        round.failed++;
        continue;
      }
      for (const record of result.inserted) {
        if (record.impact === "maintenance" || now - record.acknowledgedAt > FRESH_ACK_MS) continue;
        round.acknowledgements.push(await describeAcknowledgement(detection, source, record));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, config.concurrency) }, worker));
  for (const ack of round.acknowledgements) await emitOfficialAcknowledged(ack);
  return round;
}

/** A new vendor incident as the event reports it, with the crowd's incident it answers (open, or ended within 6 h). */
async function describeAcknowledgement(detection: DetectionStore, source: SourceRow, record: IncidentRecord): Promise<OfficialAcknowledgement> {
  const [latest] = await detection.listIncidents({ serviceId: source.serviceId, state: "all", limit: 1, before: record.acknowledgedAt + 1 });
  const answers = latest && (latest.endedAt === null || record.acknowledgedAt - latest.endedAt <= 6 * 60 * 60_000);
  return {
    service: { id: source.serviceId, slug: source.slug, name: source.name },
    vendorIncident: { id: record.vendorId, name: record.name, impact: record.impact, status: record.status, url: record.url },
    acknowledgedAt: new Date(record.acknowledgedAt).toISOString(),
    crowdIncident: answers ? { id: latest.id, startedAt: new Date(latest.startedAt).toISOString(), lagMinutes: lagMinutes(latest.startedAt, record.acknowledgedAt) } : null,
  };
}
