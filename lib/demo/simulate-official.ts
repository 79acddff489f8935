import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { announceAcknowledgement } from "@/lib/official-status/poll/announce-acknowledgement";
import type { OfficialStatusStore, SourceRow } from "@/lib/official-status/store/official-status-store";
import { stateChanges, toRecord, type IncidentRecord, type StateChange } from "@/lib/official-status/poll/reconcile";
import type { OfficialIncident, OfficialReading } from "@/lib/official-status/types";
import type { ScriptedOutage } from "./past-outages";

const MIN = 60_000;

/**
 * Minutes from a scripted outage's start to the vendor's first public word, for the services whose vendor speaks
 * in the demo (those that name an official source; the origin of an outage, not the sites that fail behind it).
 * The Microsoft 365 replay's 42 minutes echo how long such acknowledgements took in real sign-in outages.
 */
const ACK_MINUTES: Record<string, number> = { "microsoft-365": 42, cloudflare: 11, discord: 26, spotify: 35 };
const DEFAULT_ACK_MINUTES = 20;
/** Vendors close their incident a while after the reports have died down. */
const RESOLVE_AFTER_MINUTES = 15;

/** One simulated vendor incident. */
interface VendorScript {
  slug: string;
  incident: OfficialIncident;
}

const iso = (t: number) => new Date(t).toISOString();

/** The vendor incidents the demo's scripted outages produce, as they stand at `now` (none before they are published). */
export function planVendorIncidents(outages: ScriptedOutage[], sourced: ReadonlySet<string>, now: number): VendorScript[] {
  const out: VendorScript[] = [];
  for (const o of outages) {
    for (const slug of o.slugs) {
      // The sites failing behind an upstream outage stay silent: only the outage's origin (or M365 itself) speaks.
      if (!sourced.has(slug) || ((o.delays?.[slug] ?? 0) > 0 && !(slug in ACK_MINUTES))) continue;
      const start = o.start + (o.delays?.[slug] ?? 0) * MIN;
      const ackAt = start + (ACK_MINUTES[slug] ?? DEFAULT_ACK_MINUTES) * MIN;
      if (ackAt > now) continue;
      const resolvedAt = o.end + RESOLVE_AFTER_MINUTES * MIN;
      const resolved = resolvedAt <= now;
      const name = `We're investigating reports of ${o.problem === "login" ? "sign-in" : o.problem.replace(/_/g, " ")} problems`;
      out.push({
        slug,
        incident: {
          id: `demo-${slug}-${o.start}`,
          name,
          impact: "major",
          status: resolved ? "resolved" : "investigating",
          startedAt: iso(start),
          acknowledgedAt: iso(ackAt),
          updatedAt: iso(resolved ? resolvedAt : ackAt),
          resolvedAt: resolved ? iso(resolvedAt) : null,
          url: null,
          components: [o.problem],
          updates: [
            ...(resolved ? [{ at: iso(resolvedAt), status: "resolved", body: "This incident has been resolved." }] : []),
            { at: iso(ackAt), status: "investigating", body: `${name}. (Simulated by the Downwire demo.)` },
          ],
        },
      });
    }
  }
  return out;
}

/** The page as a poll would read it at `now`: the open simulated incidents, or all operational. */
function readingAt(scripts: VendorScript[], now: number): OfficialReading {
  const open = scripts.filter((s) => s.incident.resolvedAt === null).map((s) => s.incident);
  return {
    indicator: open.length ? "major" : "none",
    description: open.length ? "Partial System Outage (simulated)" : "All Systems Operational (simulated)",
    components: open.length ? [{ name: open[0].components[0] ?? "Service", status: "major_outage" }] : [],
    incidents: open,
    resolvedIncidents: scripts.filter((s) => s.incident.resolvedAt !== null && Date.parse(s.incident.resolvedAt) > now - 86_400_000).map((s) => s.incident),
    maintenances: [],
    listsIncidents: true,
  };
}

/** The page changes a source showed over its simulated history (for a source with no stored state yet). */
function pastChanges(scripts: VendorScript[]): StateChange[] {
  const changes: StateChange[] = [];
  for (const { incident: i } of scripts) {
    changes.push({ subject: "page", name: "", from: "none", to: "major", at: Date.parse(i.acknowledgedAt) });
    if (i.resolvedAt) changes.push({ subject: "page", name: "", from: "major", to: "none", at: Date.parse(i.resolvedAt) });
  }
  return changes.sort((a, b) => a.at - b.at);
}

/**
 * `npm run demo` polls no vendor: it writes what their status pages would have said about its scripted outages,
 * through the same store a poll writes to (so pages, the API, the lag and its ranking read it as they would a real
 * one). Run at start (history) and then every minute (the current reading, never stale). With `detection`, an
 * acknowledgement of a live crowd incident is announced (official.acknowledged) as a real poll announces it.
 */
export async function simulateOfficial({ official, detection, now, outages }: { official: OfficialStatusStore; detection?: DetectionStore; now: number; outages: ScriptedOutage[] }): Promise<number> {
  const sources = await official.readSources();
  const planned = planVendorIncidents(outages, new Set(sources.map((s) => s.slug)), now);
  for (const source of sources) {
    const scripts = planned.filter((p) => p.slug === source.slug);
    const reading = readingAt(scripts, now);
    const upserts: IncidentRecord[] = scripts.map((s) => toRecord(s.incident));
    const changes = source.reading ? stateChanges(source.reading, reading, now).filter((c) => c.subject === "page") : pastChanges(scripts);
    const service = { id: source.serviceId, slug: source.slug, name: source.name };
    const event = detection ? await announceAcknowledgement({ official, detection, service, upserts, changes, indicator: reading.indicator, now }) : null;
    await official.applyPoll(source, { state: stateOf(source, reading, now), upserts, changes, events: event ? [event] : [], now });
  }
  return planned.length;
}

const stateOf = (_source: SourceRow, reading: OfficialReading, now: number) => ({
  etag: null,
  lastModified: null,
  checkedAt: now,
  attemptedAt: now,
  failures: 0,
  nextPollAt: null,
  stale: false,
  lastError: null,
  reading,
});
