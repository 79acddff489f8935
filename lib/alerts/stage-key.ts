import type { EventData } from "@/lib/events/event-types";

/**
 * The incident stage an event announces (opened, escalated, resolved, … of one episode of these services): a mail
 * subscription gets at most one mail per stage, however often the detector flickers or a tick is replayed.
 */
export function stageKey(event: { id: string; type: string; serviceIds: number[]; data: Pick<EventData, "incident" | "since" | "group"> }): string {
  const episode = event.data.incident?.id ?? event.data.group?.id ?? event.data.since ?? event.id;
  return `stage:${event.type}|${[...event.serviceIds].sort((a, b) => a - b).join(",")}|${episode}`;
}
