import type { LeaseFence } from "@/db/sql-client";
import type { OutboxEvent } from "@/lib/events/event-types";
import { OutboundError, safeFetch, type Resolve, type SafeFetchResult } from "@/lib/net/safe-fetch";
import { parseOfficialPayload } from "../parse/parse-payload";
import type { OfficialStatusStore, PollState, SourceRow } from "../store/official-status-store";
import type { Indicator, OfficialReading } from "../types";
import { nextPollAt } from "./backoff";
import { decodeBody } from "./decode-body";
import { historyUrl } from "./history-url";
import { USER_AGENT, type PollConfig } from "./poll-config";
import { reconcile, type IncidentRecord, type StateChange } from "./reconcile";

/** The events a good poll calls for, given what it is about to store (written in the same transaction). */
export type Announce = (poll: { upserts: IncidentRecord[]; changes: StateChange[]; indicator: Indicator }) => Promise<OutboxEvent[]>;

export type PollResult =
  | { ok: true; changed: boolean; reading: OfficialReading; inserted: IncidentRecord[]; announced: OutboxEvent[] }
  | { ok: false; error: string; stale: boolean };

type Fetched = { ok: true; res: SafeFetchResult } | { ok: false; error: string };

async function fetchOnce(url: string, headers: Record<string, string>, config: PollConfig, resolve?: Resolve): Promise<Fetched> {
  try {
    const res = await safeFetch(url, { headers, timeoutMs: config.timeoutMs, maxBytes: config.maxBytes, maxRedirects: config.maxRedirects, allowPrivate: config.allowPrivate, resolve });
    return { ok: true, res };
  } catch (error) {
    if (error instanceof OutboundError) return { ok: false, error: `${error.reason}: ${error.message}` };
    return { ok: false, error: `network: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const header = (res: SafeFetchResult, name: string) => {
  const v = res.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
};

/** Fetches and reads a body in the source's format; any failure is a message, never a throw. */
async function fetchReading(source: SourceRow, url: string, headers: Record<string, string>, config: PollConfig, now: number, resolve?: Resolve) {
  const fetched = await fetchOnce(url, headers, config, resolve);
  if (!fetched.ok) return fetched;
  const { res } = fetched;
  if (res.status === 304) return { ok: true as const, res, reading: null };
  if (res.status !== 200) return { ok: false as const, error: `HTTP ${res.status} from ${new URL(res.url).host}` };
  const decoded = decodeBody(res.body, res.headers["content-encoding"], config.maxDecodedBytes);
  if (!decoded.ok) return decoded;
  const parsed = parseOfficialPayload(source.format, decoded.text, { sourceUrl: res.url, now });
  if (!parsed.ok) return { ok: false as const, error: `unreadable ${source.format} payload: ${parsed.error}`.slice(0, 500) };
  return { ok: true as const, res, reading: parsed.reading };
}

/**
 * Asks one source once: a conditional GET (ETag / Last-Modified) through safeFetch (public addresses only unless
 * allowed, deadline, size cap, few redirects), read with the format's zod parser. A failure of any kind keeps the
 * last good reading, marks it stale and backs off; a success stores the reading, the vendor incidents it
 * mentions (with the history endpoint's when an open one vanished or on the first good reading) and the state
 * changes since the previous reading; `announce` names the events that calls for (a 304 asks too), written with it.
 */
export async function pollSource({
  source,
  store,
  config,
  now,
  fence,
  resolve,
  announce,
}: {
  source: SourceRow;
  store: OfficialStatusStore;
  config: PollConfig;
  now: number;
  fence?: LeaseFence;
  resolve?: Resolve;
  announce?: Announce;
}): Promise<PollResult> {
  const headers: Record<string, string> = { "User-Agent": USER_AGENT, Accept: "application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5", "Accept-Encoding": "gzip, deflate, br" };
  // Conditional only when there is a reading to keep: a 304 without one would leave nothing to show.
  if (source.reading && source.etag) headers["If-None-Match"] = source.etag;
  if (source.reading && source.lastModified) headers["If-Modified-Since"] = source.lastModified;
  const target = { serviceId: source.serviceId, format: source.format, url: source.url };
  const got = await fetchReading(source, source.url, headers, config, now, resolve);
  if (!got.ok) {
    const failures = source.failures + 1;
    const state: PollState = { ...pick(source), attemptedAt: now, failures, stale: true, lastError: got.error, nextPollAt: nextPollAt({ now, intervalMs: config.intervalMs, failures, maxBackoffMs: config.maxBackoffMs }) };
    await store.applyPoll(target, { state, upserts: [], changes: [], now }, { fence });
    return { ok: false, error: got.error, stale: true };
  }
  const base: PollState = {
    ...pick(source),
    etag: header(got.res, "etag") ?? source.etag,
    lastModified: header(got.res, "last-modified") ?? source.lastModified,
    checkedAt: now,
    attemptedAt: now,
    failures: 0,
    stale: false,
    lastError: null,
    nextPollAt: nextPollAt({ now, intervalMs: config.intervalMs, failures: 0, maxBackoffMs: config.maxBackoffMs }),
  };
  const announced = (events: OutboxEvent[], ids: string[]) => events.filter((e) => ids.includes(e.id));
  if (got.reading === null) {
    // Unchanged, but a crowd incident may have opened since the vendor spoke: that is news too.
    const events = announce && source.reading ? await announce({ upserts: [], changes: [], indicator: source.reading.indicator }) : [];
    const written = await store.applyPoll(target, { state: base, upserts: [], changes: [], events, now }, { fence });
    return { ok: true, changed: false, reading: source.reading!, inserted: [], announced: announced(events, written.announced) };
  }
  const reading = got.reading;
  const mentioned = [...reading.incidents, ...reading.resolvedIncidents].map((i) => i.id);
  let stored = await store.readIncidents(source.serviceId, mentioned);
  const open = new Set(reading.incidents.map((i) => i.id));
  const vanished = reading.listsIncidents && stored.some((r) => r.resolvedAt === null && !open.has(r.vendorId));
  let history: OfficialReading | null = null;
  const extra = historyUrl(source.format, got.res.url);
  if (extra && (vanished || source.checkedAt === null)) {
    const h = await fetchReading(source, extra, { "User-Agent": USER_AGENT, Accept: "application/json", "Accept-Encoding": "gzip, deflate, br" }, config, now, resolve);
    if (h.ok && h.reading) {
      history = h.reading;
      stored = await store.readIncidents(source.serviceId, [...mentioned, ...history.incidents.map((i) => i.id), ...history.resolvedIncidents.map((i) => i.id)]);
    }
  }
  const { upserts, changes } = reconcile({ previous: source.reading, reading, history, stored, now });
  const events = announce ? await announce({ upserts, changes, indicator: reading.indicator }) : [];
  // The stored reading is the current state only: resolved incidents live in their own rows (a history payload such as
  // Google's incidents.json would otherwise be rewritten whole with every changed answer).
  const written = await store.applyPoll(target, { state: { ...base, reading: { ...reading, resolvedIncidents: [] } }, upserts, changes, events, now }, { fence });
  const insertedSet = new Set(written.inserted);
  return {
    ok: true,
    changed: upserts.length > 0 || changes.length > 0,
    reading,
    inserted: upserts.filter((u) => insertedSet.has(u.vendorId)),
    announced: announced(events, written.announced),
  };
}

const pick = (s: SourceRow): PollState => ({
  etag: s.etag,
  lastModified: s.lastModified,
  checkedAt: s.checkedAt,
  attemptedAt: s.attemptedAt,
  failures: s.failures,
  nextPollAt: s.nextPollAt,
  stale: s.stale,
  lastError: s.lastError,
  reading: s.reading,
});
