import { formatDuration, formatUtc } from "@/lib/incidents/format-duration";
import { JOIN_WINDOW_MS } from "./config";
import { phraseCountry } from "./country-phrase";
import type { PublicCause, PublicGroup, PublicLocalCause, PublicRejected, PublicUpstreamCause } from "./public-types";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const n = (x: number) => Math.round(x).toLocaleString("en");
const times = (r: number) => `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`;

/** "11:21 UTC" on the same UTC day as `now`, else "2026-11-20 11:21 UTC". */
export function formatSince(iso: string, now?: number): string {
  return now !== undefined && new Date(now).toISOString().slice(0, 10) === iso.slice(0, 10) ? `${iso.slice(11, 16)} UTC` : formatUtc(iso);
}

function names(items: { name: string }[]): string {
  const list = items.map((i) => i.name);
  return list.length <= 2 ? list.join(" and ") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** The group in one line: "10 services spiking since 11:15 UTC — likely upstream: Cloudflare". No running time without `now` (feeds). */
export function headlineGroup(g: Pick<PublicGroup, "open" | "startedAt" | "endedAt" | "cause" | "members">, now?: number): string {
  const count = `${g.members.length} services`;
  const when = g.open
    ? `${count} spiking since ${formatSince(g.startedAt, now)}`
    : `${count} had problems together from ${formatUtc(g.startedAt)} (${formatDuration(Date.parse(g.endedAt!) - Date.parse(g.startedAt))})`;
  const c = g.cause;
  if (!c) return `${when} — no shared cause known`;
  return c.kind === "upstream" ? `${when} — likely upstream: ${c.service.name}` : `${when} — likely local: ${c.country.name}`;
}

export function describeUpstream(c: PublicUpstreamCause, g: Pick<PublicGroup, "open" | "startedAt" | "members">, now?: number): string {
  const U = c.service.name;
  const spread = `${c.affected} of its ${n(c.dependents)} dependents ${g.open ? "spiking" : "had outages"} ${g.open ? "since" : "from"} ${formatSince(g.startedAt, now)}`;
  const own = c.incidentId !== null ? g.members.find((m) => m.incidentId === c.incidentId) : undefined;
  const r = c.reports;
  const rate = r ? `${times(r.ratio)} its usual reports (${n(r.observed)} in ${r.windowMinutes} min, usually ~${n(r.usual)})` : null;
  let itself: string;
  const together = own && Math.abs(Date.parse(own.startedAt) - Date.parse(g.startedAt)) <= 5 * 60_000;
  const ownSince = own ? (together ? "at the same time" : `${own.open ? "since" : "from"} ${formatSince(own.startedAt, now)}`) : "";
  if (own) itself = `${U} itself ${own.open ? "in an outage" : "had an outage"} ${ownSince}${rate ? `, at ${rate}` : ""}`;
  else if (r && r.ratio >= 2 && r.observed >= 5) itself = `${U} itself at ${rate}`;
  else itself = `${U} itself shows no clear rise${r ? ` (${times(r.ratio)} usual)` : ""}, but ${pct(c.affected / Math.max(c.dependents, 1))} of what runs on it is affected at once`;
  const alternatives = c.alternatives.length
    ? ` The same services also share ${names(c.alternatives.map((a) => a.service))}, which ${c.alternatives.length === 1 ? "shows" : "show"} less support (confidence ${c.alternatives.map((a) => a.confidence.toFixed(2)).join(", ")}).`
    : "";
  return `Likely upstream: ${U} (confidence ${c.confidence.toFixed(2)}): ${spread}; ${itself}.${alternatives}`;
}

export function describeLocal(c: PublicLocalCause): string {
  const provider = c.provider ? ` ${c.provider.name}, a provider there, is down at the same time.` : "";
  return (
    `Likely local (one ISP or region): ${pct(c.share)} of the extra reports come from ${phraseCountry(c.country)}, which usually sends ${pct(c.usualShare)} of these services' reports.${provider}` +
    ` This looks like a problem in ${phraseCountry(c.country)} rather than a worldwide outage of these services.`
  );
}

export function describeCause(c: PublicCause, g: Pick<PublicGroup, "open" | "startedAt" | "members">, now?: number): string {
  return c.kind === "upstream" ? describeUpstream(c, g, now) : describeLocal(c);
}

/** Why a shared upstream was not named. */
export function describeRejected(r: PublicRejected, memberCount: number): string {
  const V = r.service.name;
  const who = r.affected >= memberCount ? "They all run on" : `${r.affected} of them run on`;
  if (r.reason === "local") return `${who} ${V}, but their extra reports come mostly from one country, which points to a local network problem rather than ${V}.`;
  const rate = r.reports ? ` (${times(r.reports.ratio)} its usual reports)` : "";
  return `${who} ${V}, but ${V} itself shows no clear rise${rate} and only ${r.affected} of its ${n(r.dependents)} dependents are affected: not enough to name it.`;
}

/** The reasoning in plain words, cause first, with what was ruled out and the caveat. */
export function summarizeGroup(g: Omit<PublicGroup, "summary" | "headline">): string {
  const parts = g.causes.map((c) => c.sentence);
  if (!g.causes.length) {
    parts.push("Happening at the same time, no shared dependency known.");
    if (g.rejected) parts.push(describeRejected(g.rejected, g.members.length));
    else if (g.chanceExpected !== null)
      parts.push(
        `Across the catalog about ${g.chanceExpected.toFixed(2)} outages are expected to begin within ${JOIN_WINDOW_MS / 60_000} minutes of any one by chance; ${g.members.length} at once is more than chance brings, so they may share something not listed here (a DNS, payment or network provider).`,
      );
  } else {
    const rest = g.members.filter((m) => m.role === "unexplained");
    if (rest.length) parts.push(`At the same time, with no known link: ${names(rest.map((m) => m.service))}.`);
  }
  parts.push("Downwire infers this from when reports rose and from the dependencies it knows of; the services have not confirmed it.");
  return parts.join(" ");
}
