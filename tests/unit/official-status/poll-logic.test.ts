import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lagMinutes, matchAcknowledgement, median, rankVendors, type VendorWord } from "../../../lib/official-status/acknowledgement-lag";
import { toOfficialView } from "../../../lib/official-status/official-view";
import { nextPollAt } from "../../../lib/official-status/poll/backoff";
import { decodeBody } from "../../../lib/official-status/poll/decode-body";
import { historyUrl } from "../../../lib/official-status/poll/history-url";
import { reconcile, stateChanges, type IncidentRecord } from "../../../lib/official-status/poll/reconcile";
import type { OfficialIncident, OfficialReading } from "../../../lib/official-status/types";

const T0 = Date.parse("2026-11-20T08:00:00Z");
const MIN = 60_000;
const reading = (over: Partial<OfficialReading> = {}): OfficialReading => ({ indicator: "none", description: "ok", components: [], incidents: [], resolvedIncidents: [], maintenances: [], listsIncidents: true, ...over });
const incident = (id: string, over: Partial<OfficialIncident> = {}): OfficialIncident => ({
  id,
  name: `Incident ${id}`,
  impact: "major",
  status: "investigating",
  startedAt: new Date(T0).toISOString(),
  acknowledgedAt: new Date(T0).toISOString(),
  updatedAt: new Date(T0).toISOString(),
  resolvedAt: null,
  url: null,
  components: [],
  updates: [],
  ...over,
});

describe("backoff", () => {
  it("one interval when healthy, doubling per failure, capped", () => {
    const at = (failures: number) => (nextPollAt({ now: 0, intervalMs: 60_000, failures, maxBackoffMs: 3_600_000 }) - 0) / 60_000;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 30].map(at)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
  it("never sooner than the interval, never later than the cap (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 600_000 }), fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 60_000, max: 86_400_000 }), (interval, failures, cap) => {
        const wait = nextPollAt({ now: 0, intervalMs: interval, failures, maxBackoffMs: cap });
        expect(wait).toBeGreaterThanOrEqual(interval);
        expect(wait).toBeLessThanOrEqual(Math.max(cap, interval));
      }),
    );
  });
});

describe("bodies and history endpoints", () => {
  it("gzip, deflate and brotli are decoded; a bomb past the cap is refused", () => {
    const text = JSON.stringify({ hello: "wörld" });
    expect(decodeBody(zlib.gzipSync(text), "gzip", 1000)).toEqual({ ok: true, text });
    expect(decodeBody(zlib.deflateSync(text), "deflate", 1000)).toEqual({ ok: true, text });
    expect(decodeBody(zlib.brotliCompressSync(text), "br", 1000)).toEqual({ ok: true, text });
    expect(decodeBody(Buffer.from(text), undefined, 1000)).toEqual({ ok: true, text });
    const bomb = zlib.gzipSync(Buffer.alloc(5_000_000, 32));
    expect(bomb.length).toBeLessThan(10_000);
    expect(decodeBody(bomb, "gzip", 1_000_000)).toMatchObject({ ok: false, error: expect.stringContaining("decompressed") });
    expect(decodeBody(Buffer.from("xx"), "gzip", 1000).ok).toBe(false);
    expect(decodeBody(Buffer.from("xx"), "compress", 1000).ok).toBe(false);
  });

  it("Statuspage and Slack history beside the current endpoint; none for other formats", () => {
    expect(historyUrl("statuspage", "https://www.githubstatus.com/api/v2/summary.json")).toBe("https://www.githubstatus.com/api/v2/incidents.json");
    expect(historyUrl("statuspage", "http://127.0.0.1:9/api/v2/status.json")).toBe("http://127.0.0.1:9/api/v2/incidents.json");
    expect(historyUrl("statuspage", "https://x.example/custom.json")).toBeNull();
    expect(historyUrl("slack", "https://slack-status.com/api/v2.0.0/current")).toBe("https://slack-status.com/api/v2.0.0/history");
    expect(historyUrl("gcp", "https://status.cloud.google.com/incidents.json")).toBeNull();
  });
});

describe("reconcile: what a new reading changes in the stored history", () => {
  const stored = (id: string, over: Partial<IncidentRecord> = {}): IncidentRecord => ({
    vendorId: id,
    name: `Incident ${id}`,
    impact: "major",
    status: "investigating",
    startedAt: T0,
    acknowledgedAt: T0,
    updatedAt: T0,
    resolvedAt: null,
    url: null,
    components: [],
    updates: [],
    ...over,
  });

  it("a new incident is inserted; an unchanged one is not rewritten", () => {
    const r = reconcile({ previous: null, reading: reading({ indicator: "major", incidents: [incident("a"), incident("b")] }), history: null, stored: [stored("b")], now: T0 + 5 * MIN });
    expect(r.upserts.map((u) => u.vendorId)).toEqual(["a"]);
  });

  it("an open incident missing from a full list is closed: at the history's time if it has one, else now", () => {
    const now = T0 + 30 * MIN;
    const history = reading({ resolvedIncidents: [incident("a", { status: "resolved", resolvedAt: new Date(T0 + 20 * MIN).toISOString() })] });
    const withHistory = reconcile({ previous: reading(), reading: reading(), history, stored: [stored("a"), stored("b")], now });
    const byId = new Map(withHistory.upserts.map((u) => [u.vendorId, u]));
    expect(byId.get("a")).toMatchObject({ status: "resolved", resolvedAt: T0 + 20 * MIN });
    expect(byId.get("b")).toMatchObject({ status: "resolved", resolvedAt: now });
  });

  it("a payload that does not list incidents (status.json) closes nothing", () => {
    const r = reconcile({ previous: null, reading: reading({ listsIncidents: false, indicator: "minor" }), history: null, stored: [stored("a")], now: T0 });
    expect(r.upserts).toEqual([]);
  });

  it("state changes: the page's indicator and each component, absent meaning operational", () => {
    const before = reading({ indicator: "minor", components: [{ name: "Packages", status: "partial_outage" }] });
    const after = reading({ indicator: "major", components: [{ name: "Pages", status: "major_outage" }] });
    expect(stateChanges(before, after, T0)).toEqual([
      { subject: "component", name: "Packages", from: "partial_outage", to: "operational", at: T0 },
      { subject: "component", name: "Pages", from: "operational", to: "major_outage", at: T0 },
      { subject: "page", name: "", from: "minor", to: "major", at: T0 },
    ]);
    expect(stateChanges(after, after, T0)).toEqual([]);
    expect(stateChanges(null, reading(), T0)).toEqual([{ subject: "page", name: "", from: null, to: "none", at: T0 }]);
  });
});

describe("acknowledgement lag", () => {
  const word = (at: number, over: Partial<VendorWord> = {}): VendorWord => ({ kind: "incident", vendorId: "v", name: "n", impact: "major", url: null, at, resolvedAt: null, ...over });
  const crowd = { startedAt: T0, endedAt: T0 + 6 * 60 * MIN };

  it("the vendor's first word within the incident; 08:22 crowd, 09:04 vendor is 42 minutes", () => {
    const start = Date.parse("2026-11-20T08:22:00Z");
    const ack = matchAcknowledgement({ startedAt: start, endedAt: null }, [word(Date.parse("2026-11-20T09:30:00Z")), word(Date.parse("2026-11-20T09:04:00Z"), { vendorId: "first" })], start + 3 * 60 * MIN);
    expect(ack?.vendorId).toBe("first");
    expect(lagMinutes(start, ack!.at)).toBe(42);
  });

  it("maintenance, words after the end and long-past closed incidents do not count; a vendor first is a negative lag", () => {
    expect(matchAcknowledgement(crowd, [word(T0 + 10 * MIN, { impact: "maintenance" })], T0)).toBeNull();
    expect(matchAcknowledgement(crowd, [word(crowd.endedAt + MIN)], T0)).toBeNull();
    expect(matchAcknowledgement(crowd, [word(T0 - 3 * 60 * MIN, { resolvedAt: T0 - 60 * MIN })], T0)).toBeNull();
    expect(lagMinutes(T0, matchAcknowledgement(crowd, [word(T0 - 3 * 60 * MIN, { resolvedAt: null })], T0)!.at)).toBe(-180);
    expect(lagMinutes(T0, matchAcknowledgement(crowd, [word(T0 - 20 * MIN, { kind: "page", resolvedAt: null })], T0)!.at)).toBe(-20);
    expect(matchAcknowledgement(crowd, [word(T0 - 2 * 60 * MIN, { kind: "page" })], T0)).toBeNull();
  });

  it("ranking: by median lag, silent vendors last", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    const rows = rankVendors([
      { service: { slug: "slow", name: "Slow" }, lags: [90, 30, 60] },
      { service: { slug: "silent", name: "Silent" }, lags: [null, null] },
      { service: { slug: "fast", name: "Fast" }, lags: [5, null, 15] },
      { service: { slug: "none", name: "None" }, lags: [] },
    ]);
    expect(rows.map((r) => [r.service.slug, r.medianLagMinutes, r.acknowledged, r.unacknowledged])).toEqual([
      ["fast", 10, 2, 1],
      ["slow", 60, 3, 0],
      ["silent", null, 0, 2],
    ]);
  });
});

describe("the API view", () => {
  const source = { format: "statuspage" as const, url: "https://x/api/v2/summary.json", lastError: null };
  it("a fresh good reading is not stale; an old one, a failed attempt or no reading is", () => {
    const r = reading({ indicator: "minor", incidents: [incident("a")] });
    const fresh = toOfficialView({ ...source, reading: r, checkedAt: T0, stale: false }, T0 + MIN, 60_000);
    expect(fresh).toMatchObject({ indicator: "minor", stale: false, checkedAt: new Date(T0).toISOString() });
    expect(Object.keys(fresh.incidents[0]).sort()).toEqual(["id", "impact", "name", "startedAt", "status", "updatedAt", "url"]);
    expect(toOfficialView({ ...source, reading: r, checkedAt: T0, stale: false }, T0 + 10 * MIN, 60_000).stale).toBe(true);
    expect(toOfficialView({ ...source, reading: r, checkedAt: T0, stale: true }, T0 + MIN, 60_000)).toMatchObject({ stale: true, indicator: "minor" });
    expect(toOfficialView({ ...source, reading: null, checkedAt: null, stale: false }, T0, 60_000)).toMatchObject({ indicator: "unknown", stale: true, checkedAt: null });
  });
});
