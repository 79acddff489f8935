import type { OutboxEvent } from "@/lib/events/event-types";

/** An event in a few words for people (notification, mail subject, chat message), and the page it opens. */
export interface AlertText {
  title: string;
  body: string;
  url: string;
}

export function describeAlert(event: OutboxEvent, origin: string): AlertText {
  const d = event.data;
  const name = d.service?.name ?? d.services[0]?.name ?? "A service";
  let title: string;
  switch (event.type) {
    case "incident.opened":
      title = d.verdict === "outage" ? `${name} is down` : `${name} may be having problems`;
      break;
    case "incident.escalated":
      title = `${name} is down`;
      break;
    case "incident.resolved":
      title = d.previousVerdict === "outage" ? (d.verdict === "ok" ? `${name} is back to normal` : `${name}: outage over, reports still elevated`) : `${name} is back to normal`;
      break;
    case "group.opened":
      title = d.group?.headline ?? `${d.services.length} services having problems together`;
      break;
    case "official.acknowledged":
      title = `${name} acknowledged the problem`;
      break;
  }
  return { title, body: d.sentence, url: `${origin}${d.path}` };
}
